package dev.emailsecurity.emulator;

import dev.emailsecurity.emulator.api.Json;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the emulator saw, for a standalone emulator's user; no credentials needed (loopback only).
 * <ul>
 * <li>{@code GET /__emulator/violations}: {@code {"validating": true, "count": N, "violations": ["..."]}}</li>
 * <li>{@code GET /__emulator/calls}: {@code {"total": N, "by_operation": {...}, "keep": K, "last": [...]}}, the
 * last K calls without their bodies (operation, method, path, query, status, response length)</li>
 * </ul>
 */
final class InspectionHandler implements HttpHandler {

    static final String CONTEXT = "/__emulator/";
    static final String VIOLATIONS = CONTEXT + "violations";
    static final String CALLS = CONTEXT + "calls";

    private final CallRecorder recorder;
    private final boolean validating;

    InspectionHandler(CallRecorder recorder, boolean validating) {
        this.recorder = recorder;
        this.validating = validating;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Map<String, Object> body = switch (path) {
                case VIOLATIONS -> violations();
                case CALLS -> calls();
                default -> null;
            };
            if (body == null || !"GET".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(body == null ? 404 : 405, -1);
                return;
            }
            byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Map<String, Object> violations() {
        List<String> violations = recorder.violations();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("validating", validating);
        body.put("count", violations.size());
        body.put("violations", violations);
        return body;
    }

    private Map<String, Object> calls() {
        List<Map<String, Object>> last = new ArrayList<>();
        for (RecordedCall c : recorder.calls()) {
            Map<String, Object> call = new LinkedHashMap<>();
            call.put("operation_id", c.operationId());
            call.put("method", c.method());
            call.put("path", c.path());
            call.put("query", c.rawQuery());
            call.put("status", c.status());
            call.put("response_chars", c.responseBody() == null ? 0 : c.responseBody().length());
            last.add(call);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", recorder.total());
        body.put("by_operation", recorder.counts());
        body.put("keep", recorder.keep());
        body.put("last", last);
        return body;
    }
}
