package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state of one consumer: the watermark (newest timestamp emitted), the floor (where the stream started), and
 * the items emitted that are still inside the watched window, by id. Settings watches keep their last snapshot in
 * {@link #items()}.
 */
public final class Checkpoint {

    /**
     * One change a completed exchange makes to the checkpoint.
     *
     * @param id      the item
     * @param tracked what to remember of it; null to forget it (a deleted settings entry)
     */
    public record Commit(String id, TrackedItem tracked) {
    }

    private Instant watermark;
    private final Instant floor;
    private final Map<String, TrackedItem> items;

    public Checkpoint(Instant watermark, Instant floor, Map<String, TrackedItem> items) {
        this.watermark = watermark;
        this.floor = floor;
        this.items = new LinkedHashMap<>(items);
    }

    /** A new stream starting at the given instant (null for a watch that has not taken its first snapshot). */
    public static Checkpoint startingAt(Instant start) {
        return new Checkpoint(start, start, Map.of());
    }

    public synchronized Instant watermark() {
        return watermark;
    }

    public Instant floor() {
        return floor;
    }

    public synchronized Map<String, TrackedItem> items() {
        return Map.copyOf(items);
    }

    public synchronized TrackedItem item(String id) {
        return items.get(id);
    }

    /** Records an emitted item and moves the watermark forward to its timestamp. */
    public synchronized void record(String id, TrackedItem item, Instant timestamp) {
        items.put(id, item);
        if (timestamp != null && (watermark == null || timestamp.isAfter(watermark))) {
            watermark = timestamp;
        }
    }

    /** Makes a commit: records the item, or forgets it. */
    public void apply(Commit commit) {
        if (commit.tracked() == null) {
            forget(commit.id());
        } else {
            record(commit.id(), commit.tracked(), commit.tracked().timestamp());
        }
    }

    public synchronized void forget(String id) {
        items.remove(id);
    }

    /** Forgets items older than the given instant: they are outside every future window. */
    public synchronized void forgetOlderThan(Instant oldest) {
        items.values().removeIf(i -> i.timestamp() != null && i.timestamp().isBefore(oldest));
    }

    /** Marks a watch's first snapshot as taken. */
    public synchronized void markStarted(Instant now) {
        if (watermark == null) {
            watermark = now;
        }
    }
}
