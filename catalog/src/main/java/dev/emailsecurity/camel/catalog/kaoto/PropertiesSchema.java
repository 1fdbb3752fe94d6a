package dev.emailsecurity.camel.catalog.kaoto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON schema Kaoto shows as a component's form ({@code propertiesSchema} in Kaoto's components
 * aggregate) from a Camel component JSON, the way Kaoto's catalog generator derives it: one schema property per
 * endpoint option, in the JSON's order, with title, description, JSON type, enum, group ({@code $comment}),
 * format ({@code bean:}, {@code duration}, {@code password}), deprecation, default, and the required options.
 * {@code PropertiesSchemaTest} checks the result against every component of the stock Kaoto catalog.
 */
public final class PropertiesSchema {

    static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private PropertiesSchema() {
    }

    /** The schema of a component JSON ({@code component}, {@code properties}, ...) as Kaoto derives it. */
    public static ObjectNode of(JsonNode componentJson) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        for (Map.Entry<String, JsonNode> option : componentJson.path("properties").properties()) {
            properties.set(option.getKey(), property(option.getValue()));
            if (option.getValue().path("required").asBoolean(false)) {
                required.add(option.getKey());
            }
        }
        schema.put("$schema", DRAFT_07);
        schema.put("type", "object");
        if (!required.isEmpty()) {
            required.forEach(schema.putArray("required")::add);
        }
        return schema;
    }

    private static ObjectNode property(JsonNode option) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String type = text(option, "type");
        node.put("title", text(option, "displayName"));
        node.put("description", text(option, "description"));
        node.put("type", type);
        JsonNode enums = option.path("enum");
        if (enums.isArray() && !enums.isEmpty() && !option.path("multiValue").asBoolean(false)) {
            enums.forEach(node.putArray("enum")::add);
            if (type == null || "object".equals(type) || "enum".equals(type)) {
                node.put("type", "string");
            }
        } else if ("array".equals(type)) {
            node.putObject("items").put("type", "string");
        }
        String group = option.hasNonNull("group") ? text(option, "group") : text(option, "label");
        if (group != null) {
            node.put("$comment", "group:" + group);
        }
        format(option, type, node);
        if (option.path("deprecated").asBoolean(false)) {
            node.put("deprecated", true);
        }
        defaultValue(option, type, node);
        return node;
    }

    private static void format(JsonNode option, String type, ObjectNode node) {
        List<String> format = new ArrayList<>();
        String javaType = text(option, "javaType");
        if ("object".equals(type) && javaType != null && !javaType.startsWith("java.util.Map")) {
            format.add("bean:" + javaType);
            node.put("type", "string");
        }
        if ("duration".equals(type)) {
            format.add("duration");
            node.put("type", "string");
        }
        if (option.path("secret").asBoolean(false)) {
            format.add("password");
        }
        if (!format.isEmpty()) {
            node.put("format", String.join("|", format));
        }
    }

    private static void defaultValue(JsonNode option, String type, ObjectNode node) {
        JsonNode value = option.get("defaultValue");
        if (value == null || value.isNull()) {
            return;
        }
        if ("integer".equals(type) && value.isNumber()) {
            // Kaoto narrows the catalog's BigDecimal with intValue(): Long.MAX_VALUE becomes -1, as in its catalog
            node.put("default", value.decimalValue().intValue());
        } else if ("boolean".equals(type)) {
            node.put("default", Boolean.parseBoolean(value.asText()));
        } else {
            node.put("default", value.isNumber() ? value.decimalValue().toString() : value.asText());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
