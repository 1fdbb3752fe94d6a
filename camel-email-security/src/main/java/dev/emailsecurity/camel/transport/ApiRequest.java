package dev.emailsecurity.camel.transport;

import java.util.List;
import java.util.Map;

/**
 * One HTTP call to the API, fully resolved.
 *
 * @param operation    the operation name, for errors and logs
 * @param method       the HTTP method
 * @param path         the path after {@code /accounts/{account_id}/email-security}, already encoded
 * @param query        query parameters in order; a name may repeat
 * @param body         the JSON body, or null
 */
public record ApiRequest(String operation, String method, String path, List<Map.Entry<String, String>> query,
                         byte[] body) {

    /** The same request with different query parameters (next page). */
    public ApiRequest withQuery(List<Map.Entry<String, String>> newQuery) {
        return new ApiRequest(operation, method, path, newQuery, body);
    }
}
