package dev.emailsecurity.camel.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Names what changed between the version of an item that was emitted and the version seen now. */
final class ChangeDetector {

    private ChangeDetector() {
    }

    /**
     * The names of the changed values, in name order; empty when nothing watched changed.
     *
     * @param emitted the digests of the values emitted ({@link TrackedItem#version()})
     * @param now     the values seen now
     */
    public static List<String> changes(Map<String, String> emitted, Version now) {
        List<String> changed = List.of();
        for (int i = 0; i < now.size(); i++) {
            if (!Objects.equals(emitted.get(now.name(i)), now.digest(i))) {
                if (changed.isEmpty()) {
                    changed = new ArrayList<>();
                }
                changed.add(now.name(i));
            }
        }
        return changed;
    }
}
