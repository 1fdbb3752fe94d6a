package dev.emailsecurity.camel.error;

import java.util.List;

/** HTTP 422: the request is well-formed but its content was refused (validation). */
public class EmailSecurityUnprocessableEntityException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityUnprocessableEntityException(String operation, int statusCode, List<ApiError> errors, String requestId, String detail) {
        super(operation, statusCode, errors, requestId, detail);
    }
}
