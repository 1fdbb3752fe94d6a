package dev.emailsecurity.camel.error;

import java.util.List;

/** HTTP 409: the request conflicts with the current state. */
public class EmailSecurityConflictException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityConflictException(String operation, int statusCode, List<ApiError> errors, String requestId, String detail) {
        super(operation, statusCode, errors, requestId, detail);
    }
}
