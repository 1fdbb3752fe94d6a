package dev.emailsecurity.emulator;

import java.util.List;
import java.util.Map;

/**
 * One call the emulator received. Credentials ({@code Authorization}, {@code X-Auth-Key}) are stored masked.
 *
 * @param operationId the OpenAPI operationId, or {@code unknown} when no route matched
 * @param method HTTP method
 * @param path the request path, e.g. {@code /client/v4/accounts/…/email-security/investigate}
 * @param rawQuery the raw query string, or null
 * @param query decoded query parameters (repeated keys keep every value)
 * @param requestBody the request body, or null
 * @param requestHeaders request headers, credentials masked
 * @param status the HTTP status sent; 0 when the connection was dropped (resetConnection, loseResponse)
 * @param responseBody the response body, or null (204, dropped connection)
 */
public record RecordedCall(String operationId, String method, String path, String rawQuery,
        Map<String, List<String>> query, String requestBody, Map<String, List<String>> requestHeaders, int status,
        String responseBody) {
}
