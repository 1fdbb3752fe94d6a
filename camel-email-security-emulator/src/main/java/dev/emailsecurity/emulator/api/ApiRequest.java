package dev.emailsecurity.emulator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A parsed request as the handlers see it: path parameters, query and JSON body. */
public final class ApiRequest {

    private final String method;
    private final Map<String, String> pathParams;
    private final Map<String, List<String>> query;
    private final String body;
    private final String selfUrl;
    private JsonNode json;

    public ApiRequest(String method, Map<String, String> pathParams, Map<String, List<String>> query, String body,
            String selfUrl) {
        this.method = method;
        this.pathParams = pathParams;
        this.query = query;
        this.body = body;
        this.selfUrl = selfUrl;
    }

    String method() {
        return method;
    }

    public String path(String name) {
        return pathParams.get(name);
    }

    /** The absolute URL of the operation's collection path without query, e.g. for a 202 {@code Location}. */
    public String selfUrl() {
        return selfUrl;
    }

    Map<String, List<String>> query() {
        return query;
    }

    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public List<String> params(String name) {
        return query.getOrDefault(name, List.of());
    }

    public int intParam(String name, int defaultValue) {
        String v = param(name);
        if (v == null || v.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + ": must be an integer");
        }
    }

    public Boolean boolParam(String name) {
        String v = param(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!"true".equalsIgnoreCase(v) && !"false".equalsIgnoreCase(v)) {
            throw ApiException.badRequest(name + ": must be true or false");
        }
        return Boolean.parseBoolean(v);
    }

    public Instant instantParam(String name) {
        String v = param(name);
        return v == null || v.isBlank() ? null : parseInstant(name, v);
    }

    public static Instant parseInstant(String name, String value) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + ": must be an RFC 3339 date-time");
        }
    }

    String rawBody() {
        return body;
    }

    /** The body as JSON; 400 when it is missing or not JSON. */
    public JsonNode json() {
        if (json == null) {
            if (body == null || body.isBlank()) {
                throw ApiException.badRequest("request body is required");
            }
            try {
                json = Json.parse(body);
            } catch (JsonProcessingException e) {
                throw new ApiException(400, 1002, "request body is not valid JSON");
            }
        }
        return json;
    }

    public boolean hasBody() {
        return body != null && !body.isBlank();
    }
}
