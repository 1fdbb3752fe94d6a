package dev.emailsecurity.camel.catalog.kaoto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Kaoto marks a node "not yet configured" for every name in its schema's {@code required} list that has no value
 * on the node (its {@code ModelValidationService}); it cannot see a value set once on the component
 * ({@code camel.component.email-security.account-id}). So a required endpoint option that is also a component
 * option leaves the node schema's {@code required} list; the component still refuses to start without it.
 */
final class ComponentLevelOptions {

    private ComponentLevelOptions() {
    }

    static ObjectNode notRequired(ObjectNode schema, JsonNode componentJson) {
        if (!(schema.get("required") instanceof ArrayNode required)) {
            return schema;
        }
        JsonNode componentOptions = componentJson.path("componentProperties");
        ArrayNode kept = schema.arrayNode();
        required.forEach(name -> {
            if (!componentOptions.has(name.asText())) {
                kept.add(name);
            }
        });
        if (kept.isEmpty()) {
            schema.remove("required");
        } else {
            schema.set("required", kept);
        }
        return schema;
    }
}
