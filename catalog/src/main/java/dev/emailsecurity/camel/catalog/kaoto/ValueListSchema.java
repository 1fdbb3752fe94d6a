package dev.emailsecurity.camel.catalog.kaoto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.emailsecurity.camel.catalog.ValueListOptions;

/**
 * An option that takes several comma-separated values ({@code finalDisposition=MALICIOUS,SPOOF}) must not be a
 * one-value drop-down in Kaoto's form, which would refuse the list: its schema property becomes a text field whose
 * description lists the allowed values and whose examples show one value and a list.
 */
final class ValueListSchema {

    private ValueListSchema() {
    }

    static ObjectNode textFields(ObjectNode schema) {
        for (String name : ValueListOptions.names()) {
            if (!(schema.path("properties").get(name) instanceof ObjectNode property)) {
                continue;
            }
            JsonNode values = property.remove("enum");
            if (values != null && values.size() > 1) {
                StringBuilder list = new StringBuilder();
                values.forEach(v -> list.append(list.isEmpty() ? "" : ", ").append(v.asText()));
                property.put("description", property.path("description").asText() + " Values: " + list
                                            + " (one, or several comma-separated).");
                property.putArray("examples").add(values.get(0).asText())
                        .add(values.get(0).asText() + "," + values.get(values.size() - 1).asText());
            }
        }
        return schema;
    }
}
