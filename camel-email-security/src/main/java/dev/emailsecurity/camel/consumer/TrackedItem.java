package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * What the checkpoint remembers of one emitted item.
 *
 * @param timestamp the item's timestamp (ISO-8601 in the stored checkpoint), used to forget it once it leaves the
 *                  watched window
 * @param version   the watched values, change name to value
 * @param entry     the whole entry as JSON (settings watches, to emit it when it is deleted), else null
 */
public record TrackedItem(
        @JsonSerialize(using = ToStringSerializer.class) @JsonDeserialize(using = InstantText.Deserializer.class) Instant timestamp,
        Map<String, String> version, String entry) {
}
