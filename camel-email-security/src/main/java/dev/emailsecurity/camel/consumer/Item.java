package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.Map;

import dev.emailsecurity.camel.json.JsonCodec;

/**
 * One item of a polled list, seen through its {@link StreamDefinition}.
 *
 * @param id            the stable id
 * @param timestamp     the ordering timestamp (null for watches)
 * @param timestampText the timestamp as the API wrote it (null for watches)
 * @param version       the watched values
 * @param body          the typed model, as the producer returns it
 * @param entry         the whole item as JSON (settings watches), else null
 */
record Item(String id, Instant timestamp, String timestampText, Version version, Object body, String entry) {

    public static Item of(StreamDefinition definition, Object body) {
        String id = ItemFields.text(definition.id().read(body));
        if (definition.kind() == StreamDefinition.Kind.WATCH) {
            String entry = JsonCodec.toJson(body);
            return new Item(id, null, null, Version.of(Map.of("entry", entry)), body, entry);
        }
        String ts = definition.timestamp() == null ? null : ItemFields.text(definition.timestamp().read(body));
        return new Item(id, ts == null ? null : InstantText.parse(ts), ts, definition.versionOf(body), body, null);
    }

    /**
     * This item with its version hashed now (and its digests taken, when asked): see {@link Version#prepare(boolean)}.
     */
    public Item prepared(boolean withDigests) {
        version.prepare(withDigests);
        return this;
    }

    /** A short hash of the version: the value of the {@code CamelEmailSecurityVersion} header. */
    public String versionHash() {
        return version.hash();
    }

    /**
     * What the checkpoint keeps of this item.
     *
     * @param keepEntry   keep the whole entry (settings watches)
     * @param withDigests keep the digests of the watched values: false only where nothing will compare or store them
     *                    (no change detection and no state repository)
     */
    public TrackedItem tracked(boolean keepEntry, boolean withDigests) {
        return new TrackedItem(timestamp, withDigests ? version.digests() : Map.of(), keepEntry ? entry : null);
    }
}
