package dev.emailsecurity.emulator.contract;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the spec's declared constraints to a request (query parameters and JSON body) and answers 400 with
 * one error per problem, each naming the field and pointing at it.
 */
public final class RequestRules {

    private final SpecDocument spec;
    private final SchemaValidator validator;

    public RequestRules(SpecDocument spec) {
        this.spec = spec;
        this.validator = new SchemaValidator(spec);
    }

    public void check(String operationId, ApiRequest request) {
        SpecDocument.Operation op = spec.operation(operationId);
        if (op == null) {
            return;
        }
        List<ApiException.ErrorItem> errors = new ArrayList<>();
        checkQuery(op.pathItem().path("parameters"), request, errors);
        checkQuery(op.node().path("parameters"), request, errors);
        JsonNode body = op.node().path("requestBody");
        if (!body.isMissingNode()) {
            if (!request.hasBody()) {
                if (body.path("required").asBoolean(false)) {
                    errors.add(new ApiException.ErrorItem(1002, "body: request body is required", "/"));
                }
            } else {
                JsonNode schema = body.path("content").path("application/json").path("schema");
                validator.validate(request.json(), schema, "", "", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, errors);
        }
    }

    private void checkQuery(JsonNode parameters, ApiRequest request, List<ApiException.ErrorItem> errors) {
        for (JsonNode ref : parameters) {
            JsonNode p = spec.resolve(ref);
            if (!"query".equals(p.path("in").asText())) {
                continue;
            }
            String name = p.path("name").asText();
            JsonNode schema = spec.resolve(p.path("schema"));
            List<String> values = request.params(name);
            boolean array = "array".equals(schema.path("type").asText());
            for (String raw : array ? values : values.stream().limit(1).toList()) {
                JsonNode typed = typed(raw, spec.resolve(array ? schema.path("items") : schema));
                if (typed == null) {
                    errors.add(new ApiException.ErrorItem(1002, name + ": must be a "
                            + schema.path("type").asText("value"), null));
                } else {
                    validator.validate(typed, array ? schema.path("items") : schema, name, "", errors);
                }
            }
        }
    }

    private static JsonNode typed(String raw, JsonNode schema) {
        String type = schema.path("type").asText("string");
        try {
            return switch (type) {
                case "integer" -> Json.MAPPER.getNodeFactory().numberNode(Long.parseLong(raw.trim()));
                case "number" -> Json.MAPPER.getNodeFactory().numberNode(Double.parseDouble(raw.trim()));
                case "boolean" -> "true".equalsIgnoreCase(raw) || "false".equalsIgnoreCase(raw)
                        ? Json.MAPPER.getNodeFactory().booleanNode(Boolean.parseBoolean(raw)) : null;
                default -> TextNode.valueOf(raw);
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
