package dev.emailsecurity.emulator.http;

import java.util.List;
import java.util.Map;

/** Where the request pipeline reports each exchange and the contract problems found in it. */
public interface ExchangeLog {

    /**
     * One exchange, as received and answered.
     *
     * @param operationId the OpenAPI operationId, or {@code unknown}
     * @param method HTTP method
     * @param path request path
     * @param rawQuery raw query string, or null
     * @param query decoded query parameters
     * @param requestBody request body, or null
     * @param requestHeaders request headers as received (credentials not masked yet)
     * @param status the status sent, 0 when the connection was dropped
     * @param responseBody response body, or null
     */
    void record(String operationId, String method, String path, String rawQuery, Map<String, List<String>> query,
            String requestBody, Map<String, List<String>> requestHeaders, int status, String responseBody);

    /**
     * Contract problems of one exchange.
     *
     * @param operationId the OpenAPI operationId
     * @param method HTTP method
     * @param path request path
     * @param problems the problems, possibly none
     */
    void violations(String operationId, String method, String path, List<String> problems);
}
