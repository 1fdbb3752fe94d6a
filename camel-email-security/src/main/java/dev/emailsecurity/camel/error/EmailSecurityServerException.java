package dev.emailsecurity.camel.error;

import java.util.List;

/** HTTP 5xx: the API failed; the same request may succeed later. */
public class EmailSecurityServerException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityServerException(String operation, int statusCode, List<ApiError> errors, String requestId, String detail) {
        super(operation, statusCode, errors, requestId, detail);
    }
}
