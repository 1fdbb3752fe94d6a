package dev.emailsecurity.emulator.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: HTTP status, the {@code result} and optional {@code result_info} of the envelope,
 * extra headers. {@link #body()} renders the v4 envelope.
 */
public final class Reply {

    private final int status;
    private final Object result;
    private final Object resultInfo;
    private final boolean noBody;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Reply(int status, Object result, Object resultInfo, boolean noBody) {
        this.status = status;
        this.result = result;
        this.resultInfo = resultInfo;
        this.noBody = noBody;
    }

    public static Reply ok(Object result) {
        return new Reply(200, result, null, false);
    }

    public static Reply created(Object result) {
        return new Reply(201, result, null, false);
    }

    public static Reply accepted(Object result, Object resultInfo) {
        return new Reply(202, result, resultInfo, false);
    }

    public static Reply list(Object result, Object resultInfo) {
        return new Reply(200, result, resultInfo, false);
    }

    public static Reply noContent() {
        return new Reply(204, null, null, true);
    }

    public Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The JSON body, or {@code null} for 204. */
    public String body() {
        if (noBody) {
            return null;
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("success", true);
        envelope.put("errors", java.util.List.of());
        envelope.put("messages", java.util.List.of());
        envelope.put("result", result);
        if (resultInfo != null) {
            envelope.put("result_info", resultInfo);
        }
        return Json.write(envelope);
    }

    /** The error envelope for an {@link ApiException}. */
    public static String errorBody(ApiException e) {
        java.util.List<Map<String, Object>> errors = new java.util.ArrayList<>();
        for (ApiException.ErrorItem item : e.errors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", item.code());
            m.put("message", item.message());
            if (item.pointer() != null) {
                m.put("source", Map.of("pointer", item.pointer()));
            }
            errors.add(m);
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("success", false);
        envelope.put("errors", errors);
        envelope.put("messages", java.util.List.of());
        envelope.put("result", null);
        return Json.write(envelope);
    }
}
