package dev.emailsecurity.camel.error;

import java.util.List;

/** HTTP 403: the credentials are valid but lack the permission (for example a read-only token on an action). */
public class EmailSecurityPermissionDeniedException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityPermissionDeniedException(String operation, int statusCode, List<ApiError> errors, String requestId, String detail) {
        super(operation, statusCode, errors, requestId, detail);
    }
}
