package dev.emailsecurity.camel.transport;

import java.util.List;
import java.util.Map;

/**
 * One HTTP call to the API, fully resolved, with what the transport needs to send it safely.
 *
 * @param operation the operation name, for errors and logs only
 * @param effect    what the call does to the account, which decides how it may be retried
 * @param method    the HTTP method
 * @param path      the path after {@code /accounts/{account_id}/email-security}, already encoded
 * @param query     query parameters in order; a name may repeat
 * @param body      the JSON body, or null
 * @param recheck   for an action on mail: how to find out whether a first attempt happened; null when it cannot be
 *                  re-checked (a lost answer is then reported as an unknown outcome)
 */
public record ApiRequest(String operation, Effect effect, String method, String path,
                         List<Map.Entry<String, String>> query, byte[] body, ActionRecheck recheck) {

    /** A request that cannot be re-checked. */
    public ApiRequest(String operation, Effect effect, String method, String path,
                      List<Map.Entry<String, String>> query, byte[] body) {
        this(operation, effect, method, path, query, body, null);
    }

    /** The same request with different query parameters (next page). */
    public ApiRequest withQuery(List<Map.Entry<String, String>> newQuery) {
        return new ApiRequest(operation, effect, method, path, newQuery, body, recheck);
    }

    /** The same request with another body (what is left to send after a re-check). */
    public ApiRequest withBody(byte[] newBody) {
        return new ApiRequest(operation, effect, method, path, query, newBody, recheck);
    }

    /** The same request, re-checked by {@code how} when its outcome is unknown. */
    public ApiRequest withRecheck(ActionRecheck how) {
        return new ApiRequest(operation, effect, method, path, query, body, how);
    }

    /** A read of the same path (polling a search answered with 202). */
    ApiRequest poll() {
        return new ApiRequest(operation, Effect.READ, "GET", path, List.of(), null, null);
    }
}
