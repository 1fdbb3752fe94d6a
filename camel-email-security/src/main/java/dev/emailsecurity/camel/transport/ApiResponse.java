package dev.emailsecurity.camel.transport;

/**
 * The raw answer to one call: status, the headers the component uses, and the body bytes.
 *
 * @param status        HTTP status
 * @param contentType   the Content-Type header, or null
 * @param location      the Location header (202 searches), or null
 * @param retryAfter    the Retry-After header, or null
 * @param retryAfterMs  the retry-after-ms header, or null
 * @param rateLimit     the Ratelimit header, or null
 * @param requestId     the cf-ray header, or null
 * @param body          the body, empty when there was none
 * @param rateLimitPolicy the Ratelimit-Policy header, or null
 * @param shouldRetry   the x-should-retry header, or null
 */
public record ApiResponse(int status, String contentType, String location, String retryAfter, String retryAfterMs,
                          String rateLimit, String requestId, byte[] body, String rateLimitPolicy,
                          String shouldRetry) {
}
