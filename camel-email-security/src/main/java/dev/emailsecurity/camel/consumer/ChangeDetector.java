package dev.emailsecurity.camel.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** Names what changed between the version of an item that was emitted and the version seen now. */
final class ChangeDetector {

    private ChangeDetector() {
    }

    /**
     * The names of the changed values, in a stable order; empty when nothing watched changed.
     *
     * @param emitted the digests of the values emitted ({@link TrackedItem#version()})
     * @param now     the values seen now
     */
    public static List<String> changes(Map<String, String> emitted, Map<String, String> now) {
        List<String> changed = new ArrayList<>();
        Map<String, String> ordered = now instanceof SortedMap<String, String> ? now : new TreeMap<>(now);
        for (Map.Entry<String, String> e : ordered.entrySet()) {
            if (!Objects.equals(emitted.get(e.getKey()), TrackedItem.digest(e.getValue()))) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }
}
