package dev.emailsecurity.camel.consumer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.json.JsonCodec;

/**
 * Decides what one poll emits, from the items read and the checkpoint: new items (oldest first), repeats dropped,
 * changed items again with what changed; for watches, created, updated and deleted entries.
 */
final class EmissionPlanner {

    private final StreamDefinition definition;
    private final boolean changeDetection;
    private final ConsumerStats stats;

    public EmissionPlanner(StreamDefinition definition, boolean changeDetection, ConsumerStats stats) {
        this.definition = definition;
        this.changeDetection = changeDetection;
        this.stats = stats;
    }

    /** Items of an event stream: unseen items at or after the floor, and changed ones. */
    public List<Emission> events(List<Item> read, Checkpoint checkpoint) {
        List<Item> items = distinct(read);
        items.sort(Comparator.comparing(Item::timestamp, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Item::id));
        List<Emission> out = new ArrayList<>();
        for (Item item : items) {
            TrackedItem emitted = checkpoint.item(item.id());
            if (emitted == null) {
                if (item.timestamp() != null && !item.timestamp().isBefore(checkpoint.floor())) {
                    out.add(new Emission(item, null));
                }
                continue;
            }
            List<String> changes = changeDetection ? ChangeDetector.changes(emitted.version(), item.version())
                    : List.of();
            if (changes.isEmpty()) {
                stats.repeatSuppressed();
            } else {
                out.add(new Emission(item, String.join(",", changes)));
            }
        }
        return out;
    }

    /** Entries of a settings watch compared with the last snapshot. */
    public List<Emission> watch(List<Item> read, Checkpoint checkpoint, Class<?> itemClass) {
        Map<String, Item> current = byId(read);
        Map<String, TrackedItem> previous = checkpoint.items();
        List<Emission> out = new ArrayList<>();
        for (Item item : current.values()) {
            TrackedItem before = previous.get(item.id());
            if (before == null) {
                out.add(new Emission(item, Emission.CREATED));
            } else if (!ChangeDetector.changes(before.version(), item.version()).isEmpty()) {
                out.add(new Emission(item, Emission.UPDATED));
            } else {
                stats.repeatSuppressed();
            }
        }
        previous.forEach((id, before) -> {
            if (!current.containsKey(id) && before.entry() != null) {
                out.add(new Emission(Item.of(definition, entry(before.entry(), itemClass)), Emission.DELETED));
            }
        });
        return out;
    }

    /** The items with an id, each id once (its first occurrence). */
    private static List<Item> distinct(List<Item> read) {
        List<Item> items = new ArrayList<>(read.size());
        Set<String> ids = new HashSet<>(read.size() * 4 / 3 + 1);
        for (Item item : read) {
            if (item.id() != null && ids.add(item.id())) {
                items.add(item);
            }
        }
        return items;
    }

    private static Map<String, Item> byId(List<Item> read) {
        Map<String, Item> byId = new LinkedHashMap<>();
        for (Item item : read) {
            if (item.id() != null) {
                byId.putIfAbsent(item.id(), item);
            }
        }
        return byId;
    }

    private static Object entry(String json, Class<?> itemClass) {
        try {
            return JsonCodec.mapper().readValue(json, itemClass);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The stored settings entry is not valid JSON", e);
        }
    }
}
