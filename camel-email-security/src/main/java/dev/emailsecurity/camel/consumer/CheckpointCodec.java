package dev.emailsecurity.camel.consumer;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.RuntimeCamelException;

/**
 * Writes a {@link Checkpoint}, and the commits of a batch, as JSON strings for a {@code StateRepository<String,
 * String>} and reads them back.
 * <p>
 * Format 2 (written since issue 16): the names of the watched values once, in {@code fields}; each item as an array
 * {@code [timestamp, digest of field 1, digest of field 2, ..., entry if any]}; a commit as
 * {@code [id, ...the item]}, or {@code [id]} to forget the item; {@code applied} names the last batch the checkpoint
 * includes. Format 1 (no {@code format} field) kept the watched values themselves and the pending batch inside the
 * checkpoint: it is still read, its values turned into digests.
 */
public final class CheckpointCodec {

    static final int FORMAT = 2;

    private static final TypeReference<Map<String, TrackedItem>> V1_ITEMS = new TypeReference<>() {
    };
    private static final TypeReference<List<Checkpoint.Commit>> V1_COMMITS = new TypeReference<>() {
    };

    /**
     * A decoded checkpoint.
     *
     * @param checkpoint the checkpoint
     * @param applied    the nonce of the last batch whose commits it includes, or null
     * @param pending    a batch stored inside the checkpoint (format 1), not yet applied; else null
     */
    public record Stored(Checkpoint checkpoint, String applied, Batch pending) {
    }

    /**
     * The commits of one batch, in the order they are made.
     *
     * @param nonce   the batch's nonce, which progress records name
     * @param commits the commits
     */
    public record Batch(String nonce, List<Checkpoint.Commit> commits) {
    }

    private CheckpointCodec() {
    }

    /** The checkpoint, including the commits of the batch {@code applied} (null when none ever ran). */
    public static String encode(Checkpoint checkpoint, String applied) {
        Map<String, TrackedItem> items = checkpoint.items();
        List<String> fields = fields(items.values());
        ObjectNode root = JsonCodec.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("watermark", text(checkpoint.watermark()));
        root.put("floor", text(checkpoint.floor()));
        if (applied != null) {
            root.put("applied", applied);
        }
        fields.forEach(root.putArray("fields")::add);
        ObjectNode out = root.putObject("items");
        items.forEach((id, item) -> write(out.putArray(id), item, fields));
        return root.toString();
    }

    /** The commits of a batch about to run. */
    public static String encodeBatch(Batch batch) {
        List<TrackedItem> tracked = new ArrayList<>();
        batch.commits().forEach(c -> {
            if (c.tracked() != null) {
                tracked.add(c.tracked());
            }
        });
        List<String> fields = fields(tracked);
        ObjectNode root = JsonCodec.mapper().createObjectNode();
        root.put("format", FORMAT);
        root.put("nonce", batch.nonce());
        fields.forEach(root.putArray("fields")::add);
        ArrayNode commits = root.putArray("commits");
        for (Checkpoint.Commit commit : batch.commits()) {
            ArrayNode node = commits.addArray().add(commit.id());
            if (commit.tracked() != null) {
                write(node, commit.tracked(), fields);
            }
        }
        return root.toString();
    }

    public static Stored decode(String text) {
        try {
            JsonNode root = JsonCodec.mapper().readTree(text);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            return root.has("format") ? decodeFormat2(root) : decodeFormat1(root);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
            throw unreadable("checkpoint", e);
        }
    }

    public static Batch decodeBatch(String text) {
        try {
            JsonNode root = format2(JsonCodec.mapper().readTree(text));
            List<String> fields = strings(root.get("fields"));
            List<Checkpoint.Commit> commits = new ArrayList<>();
            JsonNode stored = root.path("commits");
            if (!stored.isArray()) {
                throw new IllegalArgumentException("commits is not an array");
            }
            for (JsonNode commit : stored) {
                String id = string(array(commit).get(0));
                commits.add(new Checkpoint.Commit(id, commit.size() == 1 ? null : read(commit, 1, fields)));
            }
            return new Batch(required(root, "nonce"), commits);
        } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
            throw unreadable("batch record", e);
        }
    }

    private static Stored decodeFormat2(JsonNode root) {
        format2(root);
        List<String> fields = strings(root.get("fields"));
        Map<String, TrackedItem> items = new LinkedHashMap<>();
        JsonNode stored = root.path("items");
        if (!stored.isMissingNode() && !stored.isObject()) {
            throw new IllegalArgumentException("items is not an object");
        }
        stored.fields().forEachRemaining(e -> items.put(e.getKey(), read(array(e.getValue()), 0, fields)));
        Checkpoint checkpoint = new Checkpoint(instant(root.get("watermark")), instant(root.get("floor")), items);
        return new Stored(checkpoint, root.path("applied").asText(null), null);
    }

    private static Stored decodeFormat1(JsonNode root) {
        Map<String, TrackedItem> items = new LinkedHashMap<>();
        Map<String, TrackedItem> values = JsonCodec.mapper().convertValue(root.get("items"), V1_ITEMS);
        if (values != null) {
            values.forEach((id, item) -> items.put(id, digested(item)));
        }
        Checkpoint checkpoint = new Checkpoint(instant(root.get("watermark")), instant(root.get("floor")), items);
        JsonNode pending = root.get("pending");
        if (pending == null || pending.isNull()) {
            return new Stored(checkpoint, null, null);
        }
        List<Checkpoint.Commit> v1 = JsonCodec.mapper().convertValue(pending.get("commits"), V1_COMMITS);
        List<Checkpoint.Commit> commits = new ArrayList<>();
        if (v1 != null) {
            v1.forEach(c -> commits.add(new Checkpoint.Commit(c.id(), digested(c.tracked()))));
        }
        return new Stored(checkpoint, null, new Batch(pending.path("nonce").asText(null), commits));
    }

    /** A format 1 item, its watched values turned into their digests. */
    private static TrackedItem digested(TrackedItem values) {
        return values == null ? null : TrackedItem.of(values.timestamp(), values.version(), values.entry());
    }

    /** The names of the watched values of all the items, sorted: the positions of their digests. */
    private static List<String> fields(Collection<TrackedItem> items) {
        SortedSet<String> names = new TreeSet<>();
        items.forEach(i -> names.addAll(i.version().keySet()));
        return List.copyOf(names);
    }

    private static void write(ArrayNode out, TrackedItem item, List<String> fields) {
        out.add(text(item.timestamp()));
        fields.forEach(f -> out.add(item.version().get(f)));
        if (item.entry() != null) {
            out.add(item.entry());
        }
    }

    private static TrackedItem read(JsonNode node, int from, List<String> fields) {
        int values = node.size() - from;
        if (values != 1 + fields.size() && values != 2 + fields.size()) {
            throw new IllegalArgumentException("an item has " + values + " values, not " + (1 + fields.size())
                                               + " or " + (2 + fields.size()));
        }
        Map<String, String> version = new TreeMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String digest = string(node.get(from + 1 + i));
            if (digest != null) {
                version.put(fields.get(i), digest);
            }
        }
        String entry = values == 2 + fields.size() ? string(node.get(node.size() - 1)) : null;
        return new TrackedItem(instant(node.get(from)), version, entry);
    }

    private static JsonNode format2(JsonNode root) {
        if (!root.isObject() || root.path("format").asInt() != FORMAT) {
            throw new IllegalArgumentException("format " + root.path("format") + " is not " + FORMAT);
        }
        return root;
    }

    private static JsonNode array(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("not a non-empty array: " + node);
        }
        return node;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> out.add(string(n)));
        }
        return out;
    }

    private static String required(JsonNode root, String name) {
        String value = string(root.get(name));
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private static String string(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("not a string: " + node);
        }
        return node.asText();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(JsonNode node) {
        String text = string(node);
        return text == null ? null : InstantText.parse(text);
    }

    private static RuntimeCamelException unreadable(String what, Exception e) {
        return new RuntimeCamelException("The stored email-security " + what + " is not a readable " + what, e);
    }
}
