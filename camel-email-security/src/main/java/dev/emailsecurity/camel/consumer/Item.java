package dev.emailsecurity.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.transport.JsonCodec;

/**
 * One item of a polled list, seen through its {@link StreamDefinition}.
 *
 * @param id        the stable id
 * @param timestamp the ordering timestamp (null for watches)
 * @param version   the watched values
 * @param body      the typed model, as the producer returns it
 * @param json      the item as JSON
 */
public record Item(String id, Instant timestamp, Map<String, String> version, Object body, JsonNode json) {

    public static Item of(StreamDefinition definition, Object body) {
        JsonNode json = JsonCodec.mapper().valueToTree(body);
        JsonNode id = json.get(definition.idField());
        JsonNode ts = definition.timestampField() == null ? null : json.get(definition.timestampField());
        return new Item(id == null ? null : id.asText(),
                ts == null || ts.isNull() ? null : Instant.parse(ts.asText()), definition.versionOf(json), body, json);
    }

    /** A short hash of the version: the value of the {@code CamelEmailSecurityVersion} header. */
    public String versionHash() {
        return hash(version.toString());
    }

    /** What the checkpoint keeps of this item. */
    public TrackedItem tracked(boolean keepEntry) {
        return new TrackedItem(timestamp == null ? null : timestamp.toString(), version,
                keepEntry ? json.toString() : null);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
