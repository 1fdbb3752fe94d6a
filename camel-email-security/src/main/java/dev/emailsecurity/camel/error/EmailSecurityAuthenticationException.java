package dev.emailsecurity.camel.error;

import java.util.List;

/** HTTP 401: the credentials are missing, wrong or expired. */
public class EmailSecurityAuthenticationException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityAuthenticationException(String operation, int statusCode, List<ApiError> errors, String requestId, String detail) {
        super(operation, statusCode, errors, requestId, detail);
    }
}
