package dev.emailsecurity.camel.consumer;

import java.util.Map;

/**
 * What the checkpoint remembers of one emitted item.
 *
 * @param timestamp the item's timestamp (ISO-8601), used to forget it once it leaves the watched window
 * @param version   the watched values, change name to value
 * @param entry     the whole entry as JSON (settings watches, to emit it when it is deleted), else null
 */
public record TrackedItem(String timestamp, Map<String, String> version, String entry) {
}
