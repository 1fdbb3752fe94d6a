package dev.emailsecurity.camel.error;

import java.util.List;

/** HTTP 404: the message, job or settings entry does not exist (or not in this account). */
public class EmailSecurityNotFoundException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityNotFoundException(String operation, int statusCode, List<ApiError> errors, String requestId, String detail) {
        super(operation, statusCode, errors, requestId, detail);
    }
}
