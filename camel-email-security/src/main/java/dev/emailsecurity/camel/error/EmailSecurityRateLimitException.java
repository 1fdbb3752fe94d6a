package dev.emailsecurity.camel.error;

import java.time.Instant;
import java.util.List;

/**
 * HTTP 429: the account's request budget is spent. {@link #getRetryAt()} tells when calls will be accepted again.
 */
public class EmailSecurityRateLimitException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    private final Instant retryAt;

    public EmailSecurityRateLimitException(String operation, int statusCode, List<ApiError> errors, String requestId,
                                           Instant retryAt) {
        super(operation, statusCode, errors, requestId, retryAt == null ? null : "retry at " + retryAt);
        this.retryAt = retryAt;
    }

    /** When to try again, from {@code Retry-After} / {@code retry-after-ms}; null when the API did not say. */
    public Instant getRetryAt() {
        return retryAt;
    }
}
