package dev.emailsecurity.camel.error;

import java.util.List;

/** HTTP 400: the API rejected the request as malformed. */
public class EmailSecurityBadRequestException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityBadRequestException(String operation, int statusCode, List<ApiError> errors, String requestId, String detail) {
        super(operation, statusCode, errors, requestId, detail);
    }
}
