package dev.emailsecurity.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /__emulator/violations}: the contract violations found so far, as
 * {@code {"validating": true, "count": N, "violations": ["..."]}}; no credentials needed (loopback only).
 */
final class ViolationsHandler implements HttpHandler {

    static final String PATH = "/__emulator/violations";

    private final CallRecorder recorder;
    private final boolean validating;

    ViolationsHandler(CallRecorder recorder, boolean validating) {
        this.recorder = recorder;
        this.validating = validating;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"GET".equalsIgnoreCase(exchange.getRequestMethod()) || !PATH.equals(exchange.getRequestURI().getPath())) {
                exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals(PATH) ? 405 : 404, -1);
                return;
            }
            List<String> violations = recorder.violations();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("validating", validating);
            body.put("count", violations.size());
            body.put("violations", violations);
            byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
