package dev.emailsecurity.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Test client: real HTTP on loopback with the write token unless told otherwise. */
final class Api {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A response with its parsed JSON body (null when not JSON). */
    record Resp(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode result() {
            return json.get("result");
        }
    }

    private final EmailSecurityEmulator emulator;
    private String[] auth;
    private Duration timeout = Duration.ofSeconds(20);

    Api(EmailSecurityEmulator emulator) {
        this.emulator = emulator;
        this.auth = new String[] {"Authorization", "Bearer " + emulator.writeToken()};
    }

    Api as(String... headers) {
        Api other = new Api(emulator);
        other.auth = headers;
        other.timeout = timeout;
        return other;
    }

    /** The same client whose requests give up (HttpTimeoutException) after {@code requestTimeout}. */
    Api timeout(Duration requestTimeout) {
        Api other = as(auth);
        other.timeout = requestTimeout;
        return other;
    }

    Api readOnly() {
        return as("Authorization", "Bearer " + emulator.readToken());
    }

    String url(String path) {
        return emulator.baseUrl() + "/accounts/" + emulator.accountId() + "/email-security" + path;
    }

    Resp get(String path) {
        return send("GET", url(path), null);
    }

    Resp post(String path, String body) {
        return send("POST", url(path), body);
    }

    Resp patch(String path, String body) {
        return send("PATCH", url(path), body);
    }

    Resp put(String path, String body) {
        return send("PUT", url(path), body);
    }

    Resp delete(String path) {
        return send("DELETE", url(path), null);
    }

    Resp delete(String path, String body) {
        return send("DELETE", url(path), body);
    }

    Resp send(String method, String url, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        if (auth.length > 0) {
            b.headers(auth);
        }
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            try {
                json = r.body() == null || r.body().isEmpty() ? null : MAPPER.readTree(r.body());
            } catch (IOException notJson) {
                // HTML or malformed JSON faults
            }
            return new Resp(r.statusCode(), r, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
