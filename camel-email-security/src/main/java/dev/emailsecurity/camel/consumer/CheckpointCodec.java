package dev.emailsecurity.camel.consumer;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.RuntimeCamelException;

/**
 * Writes a {@link Checkpoint}, with the commits of a batch in progress, as one JSON string for a
 * {@code StateRepository<String, String>} and reads it back.
 */
public final class CheckpointCodec {

    private static final TypeReference<Map<String, TrackedItem>> ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<Checkpoint.Commit>> COMMITS = new TypeReference<>() {
    };

    /**
     * A decoded checkpoint.
     *
     * @param checkpoint   the checkpoint, without the pending commits
     * @param pendingNonce the nonce of the batch in progress when it was written, or null
     * @param pending      that batch's commits, in order
     */
    public record Stored(Checkpoint checkpoint, String pendingNonce, List<Checkpoint.Commit> pending) {
    }

    private CheckpointCodec() {
    }

    public static String encode(Checkpoint checkpoint, String pendingNonce, List<Checkpoint.Commit> pending) {
        ObjectNode root = JsonCodec.mapper().createObjectNode();
        root.put("watermark", checkpoint.watermark() == null ? null : checkpoint.watermark().toString());
        root.put("floor", checkpoint.floor() == null ? null : checkpoint.floor().toString());
        root.set("items", JsonCodec.mapper().valueToTree(checkpoint.items()));
        if (pendingNonce != null) {
            ObjectNode batch = root.putObject("pending");
            batch.put("nonce", pendingNonce);
            batch.set("commits", JsonCodec.mapper().valueToTree(pending));
        }
        return root.toString();
    }

    public static Stored decode(String text) {
        try {
            JsonNode root = JsonCodec.mapper().readTree(text);
            Map<String, TrackedItem> items = JsonCodec.mapper().convertValue(root.get("items"), ITEMS);
            Checkpoint checkpoint = new Checkpoint(instant(root.get("watermark")), instant(root.get("floor")),
                    items == null ? new LinkedHashMap<>() : items);
            JsonNode pending = root.get("pending");
            if (pending == null || pending.isNull()) {
                return new Stored(checkpoint, null, List.of());
            }
            List<Checkpoint.Commit> commits = JsonCodec.mapper().convertValue(pending.get("commits"), COMMITS);
            return new Stored(checkpoint, pending.path("nonce").asText(null),
                    commits == null ? List.of() : new ArrayList<>(commits));
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
            throw new RuntimeCamelException("The stored email-security checkpoint is not a readable checkpoint", e);
        }
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : InstantText.parse(node.asText());
    }
}
