package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * What the checkpoint remembers of one emitted item. It keeps a digest of each watched value, not the value: enough
 * to tell, and name, what changed, in a few bytes whatever the value's length.
 *
 * @param timestamp the item's timestamp (ISO-8601 in the stored checkpoint), used to forget it once it leaves the
 *                  watched window
 * @param version   the digests of the watched values, change name to {@link #digest(String)} of the value (never
 *                  null)
 * @param entry     the whole entry as JSON (settings watches, to emit it when it is deleted), else null
 */
public record TrackedItem(
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = InstantText.Deserializer.class) Instant timestamp,
        Map<String, String> version, String entry) {

    public TrackedItem {
        version = version == null ? Map.of() : version;
    }

    /** What to remember of an item whose watched values, change name to value, are these. */
    public static TrackedItem of(Instant timestamp, Map<String, String> watchedValues, String entry) {
        return new TrackedItem(timestamp, digests(watchedValues), entry);
    }

    /**
     * The digest of a watched value, as {@link #version()} holds it: 48 bits of its SHA-256 in 8 characters, so a
     * change goes unnoticed with odds of 1 in 2^48.
     */
    public static String digest(String value) {
        return value == null ? null : ShortHash.digest(value);
    }

    /** The digests of watched values, change name to value. */
    static Map<String, String> digests(Map<String, String> values) {
        return Version.of(values).digests();
    }
}
