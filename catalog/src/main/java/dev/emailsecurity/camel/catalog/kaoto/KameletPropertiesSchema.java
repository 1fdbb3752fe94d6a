package dev.emailsecurity.camel.catalog.kaoto;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code propertiesSchema} Kaoto's kamelets aggregate carries next to each Kamelet: the Kamelet's definition
 * as a draft-07 schema, each property reduced to what Kaoto's form uses (type, title, description, format,
 * default, enum), a {@code binary} property shown as a string marked {@code $comment: type:binary}.
 */
public final class KameletPropertiesSchema {

    static final List<String> HEADER = List.of("title", "description", "required");
    static final List<String> KEPT = List.of("title", "description", "format", "default", "enum");

    private KameletPropertiesSchema() {
    }

    public static ObjectNode of(JsonNode kamelet) {
        JsonNode definition = kamelet.path("spec").path("definition");
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("$schema", PropertiesSchema.DRAFT_07);
        schema.put("type", "object");
        for (String field : HEADER) {
            if (definition.has(field)) {
                schema.set(field, definition.get(field).deepCopy());
            }
        }
        if (definition.has("properties")) {
            ObjectNode properties = schema.putObject("properties");
            for (Map.Entry<String, JsonNode> p : definition.get("properties").properties()) {
                properties.set(p.getKey(), property(p.getValue()));
            }
        }
        return schema;
    }

    private static ObjectNode property(JsonNode property) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        String type = property.path("type").asText(null);
        if ("binary".equals(type)) {
            node.put("type", "string");
            node.put("$comment", "type:binary");
        } else if (type != null) {
            node.put("type", type);
        }
        for (String field : KEPT) {
            if (property.has(field)) {
                node.set(field, property.get(field).deepCopy());
            }
        }
        return node;
    }
}
