package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.emailsecurity.camel.transport.JsonCodec;
import org.apache.camel.RuntimeCamelException;

/** Writes a {@link Checkpoint} as one JSON string for a {@code StateRepository<String, String>} and reads it back. */
public final class CheckpointCodec {

    private static final TypeReference<Map<String, TrackedItem>> ITEMS = new TypeReference<>() {
    };

    private CheckpointCodec() {
    }

    public static String encode(Checkpoint checkpoint) {
        ObjectNode root = JsonCodec.mapper().createObjectNode();
        root.put("watermark", checkpoint.watermark() == null ? null : checkpoint.watermark().toString());
        root.put("floor", checkpoint.floor() == null ? null : checkpoint.floor().toString());
        root.set("items", JsonCodec.mapper().valueToTree(checkpoint.items()));
        return root.toString();
    }

    public static Checkpoint decode(String text) {
        try {
            JsonNode root = JsonCodec.mapper().readTree(text);
            Map<String, TrackedItem> items = JsonCodec.mapper().convertValue(root.get("items"), ITEMS);
            return new Checkpoint(instant(root.get("watermark")), instant(root.get("floor")),
                    items == null ? new LinkedHashMap<>() : items);
        } catch (JsonProcessingException e) {
            throw new RuntimeCamelException("The stored email-security checkpoint is not valid JSON", e);
        }
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }
}
