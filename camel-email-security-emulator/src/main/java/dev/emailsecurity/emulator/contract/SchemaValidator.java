package dev.emailsecurity.emulator.contract;

import dev.emailsecurity.emulator.api.ApiException;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A small validator for the JSON Schema subset the spec uses ($ref, allOf/anyOf/oneOf, type, nullable, enum,
 * required, properties, additionalProperties, string/number/array bounds, formats). Used on request bodies and
 * query parameters so that bad input gets the API's 400 envelope whether or not full contract validation is on.
 */
final class SchemaValidator {

    private static final Pattern UUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private final SpecDocument spec;

    SchemaValidator(SpecDocument spec) {
        this.spec = spec;
    }

    /** Appends one error per problem found; {@code name} is the human path (e.g. {@code posts[0].pattern}). */
    void validate(JsonNode value, JsonNode schemaRef, String name, String pointer,
            List<ApiException.ErrorItem> errors) {
        JsonNode schema = spec.resolve(schemaRef);
        if (schema == null || errors.size() >= 20) {
            return;
        }
        if (value == null || value.isMissingNode()) {
            return;
        }
        if (value.isNull()) {
            if (!schema.path("nullable").asBoolean(false) && !enumAllowsNull(schema) && schema.has("type")) {
                errors.add(error(name, "must not be null", pointer));
            }
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            validate(value, part, name, pointer, errors);
        }
        if (schema.has("anyOf") || schema.has("oneOf")) {
            JsonNode options = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            boolean any = false;
            for (JsonNode option : options) {
                List<ApiException.ErrorItem> trial = new java.util.ArrayList<>();
                validate(value, option, name, pointer, trial);
                any |= trial.isEmpty();
            }
            if (!any) {
                errors.add(error(name, "does not match any allowed shape", pointer));
            }
        }
        if (!checkType(value, schema.path("type").asText(""), name, pointer, errors)) {
            return;
        }
        if (schema.has("enum") && !enumContains(schema.get("enum"), value)) {
            errors.add(error(name, "must be one of " + schema.get("enum"), pointer));
        }
        if (value.isTextual()) {
            checkString(value.asText(), schema, name, pointer, errors);
        } else if (value.isNumber()) {
            checkNumber(value.asDouble(), schema, name, pointer, errors);
        } else if (value.isArray()) {
            checkArray(value, schema, name, pointer, errors);
        } else if (value.isObject()) {
            checkObject(value, schema, name, pointer, errors);
        }
    }

    private boolean checkType(JsonNode value, String type, String name, String pointer,
            List<ApiException.ErrorItem> errors) {
        boolean ok = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) {
            errors.add(error(name, "must be " + ("integer".equals(type) ? "an " : "a ") + type, pointer));
        }
        return ok;
    }

    private void checkString(String s, JsonNode schema, String name, String pointer,
            List<ApiException.ErrorItem> errors) {
        if (schema.has("minLength") && s.length() < schema.get("minLength").asInt()) {
            errors.add(error(name, "must be at least " + schema.get("minLength").asInt() + " characters", pointer));
        }
        if (schema.has("maxLength") && s.length() > schema.get("maxLength").asInt()) {
            errors.add(error(name, "must be at most " + schema.get("maxLength").asInt() + " characters", pointer));
        }
        String format = schema.path("format").asText("");
        boolean ok = switch (format) {
            case "uuid" -> UUID.matcher(s).matches();
            case "date" -> DATE.matcher(s).matches();
            case "date-time" -> isDateTime(s);
            default -> true;
        };
        if (!ok) {
            errors.add(error(name, "must be a valid " + format, pointer));
        }
    }

    private static boolean isDateTime(String s) {
        try {
            java.time.OffsetDateTime.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private void checkNumber(double d, JsonNode schema, String name, String pointer,
            List<ApiException.ErrorItem> errors) {
        if (schema.has("minimum") && d < schema.get("minimum").asDouble()) {
            errors.add(error(name, "must be >= " + schema.get("minimum").asText(), pointer));
        }
        if (schema.has("maximum") && d > schema.get("maximum").asDouble()) {
            errors.add(error(name, "must be <= " + schema.get("maximum").asText(), pointer));
        }
    }

    private void checkArray(JsonNode array, JsonNode schema, String name, String pointer,
            List<ApiException.ErrorItem> errors) {
        if (schema.has("minItems") && array.size() < schema.get("minItems").asInt()) {
            errors.add(error(name, "must have at least " + schema.get("minItems").asInt() + " items", pointer));
        }
        if (schema.has("maxItems") && array.size() > schema.get("maxItems").asInt()) {
            errors.add(error(name, "must have at most " + schema.get("maxItems").asInt() + " items", pointer));
        }
        if (schema.has("items")) {
            for (int i = 0; i < array.size(); i++) {
                validate(array.get(i), schema.get("items"), name + "[" + i + "]", pointer + "/" + i, errors);
            }
        }
    }

    private void checkObject(JsonNode object, JsonNode schema, String name, String pointer,
            List<ApiException.ErrorItem> errors) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            String field = required.asText();
            JsonNode prop = spec.resolve(properties.get(field));
            boolean readOnly = prop != null && prop.path("readOnly").asBoolean(false);
            if (!object.has(field) && !readOnly) {
                errors.add(error(join(name, field), "is required", pointer + "/" + field));
            }
        }
        if (schema.has("minProperties") && object.size() < schema.get("minProperties").asInt()) {
            errors.add(error(name, "must have at least " + schema.get("minProperties").asInt() + " properties",
                    pointer));
        }
        boolean closed = schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true);
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (properties.has(f.getKey())) {
                validate(f.getValue(), properties.get(f.getKey()), join(name, f.getKey()),
                        pointer + "/" + f.getKey(), errors);
            } else if (closed) {
                errors.add(error(join(name, f.getKey()), "is not an allowed property", pointer + "/" + f.getKey()));
            }
        }
    }

    private static boolean enumAllowsNull(JsonNode schema) {
        if (!schema.has("enum")) {
            return false;
        }
        for (JsonNode v : schema.get("enum")) {
            if (v.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean enumContains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String join(String name, String field) {
        return name.isEmpty() ? field : name + "." + field;
    }

    private static ApiException.ErrorItem error(String name, String problem, String pointer) {
        return new ApiException.ErrorItem(1002, (name.isEmpty() ? "body" : name) + ": " + problem,
                pointer.isEmpty() ? "/" : pointer);
    }
}
