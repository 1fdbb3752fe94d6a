package dev.emailsecurity.emulator.faults;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.Outcome;
import dev.emailsecurity.emulator.api.Reply;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the response of an injected fault. */
public final class FaultResponses {

    private FaultResponses() {
    }

    /** The faulted response, or null when the connection is to be closed without one. */
    public static Outcome render(FaultRule fault) {
        Map<String, String> headers = new LinkedHashMap<>(fault.headers);
        return switch (fault.kind) {
            case RATE_LIMITED -> {
                long millis = fault.duration.toMillis();
                headers.put("Retry-After", String.valueOf(Math.max(0, (millis + 999) / 1000)));
                if (fault.retryAfterInMillis) {
                    headers.put("retry-after-ms", String.valueOf(millis));
                }
                yield new Outcome(429, Reply.errorBody(new ApiException(429, 10429,
                        "Rate limited (injected fault): please wait and consider throttling your request speed")),
                        headers);
            }
            case STATUS -> new Outcome(fault.status, Reply.errorBody(new ApiException(fault.status,
                    fault.status >= 500 ? 10001 : 10000 + fault.status, "Injected fault: HTTP " + fault.status)),
                    headers);
            case HTML -> {
                headers.put("Content-Type", "text/html; charset=UTF-8");
                yield new Outcome(fault.status, "<!DOCTYPE html><html><head><title>" + fault.status
                        + " | api.cloudflare.com</title></head><body><h1>Error " + fault.status
                        + "</h1><p>The origin web server returned an error (injected fault).</p></body></html>",
                        headers);
            }
            case MALFORMED_JSON -> new Outcome(200, "{\"success\":true,\"errors\":[],\"messages\":[],\"result\":[{\"id\":",
                    headers);
            case SUCCESS_FALSE -> new Outcome(200, Reply.errorBody(new ApiException(200, 10001,
                    "Internal error (injected fault): the request failed although HTTP 200 was sent")), headers);
            case EMPTY_BODY -> new Outcome(200, null, headers);
            default -> null;
        };
    }
}
