package dev.emailsecurity.examples.blockedsenders;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.emailsecurity.camel.model.BlockedSender;

/**
 * What a sync does: the wanted entries the account lacks are created, the account's entries the list no longer has
 * are deleted. An entry is identified by its pattern and pattern type.
 *
 * @param toCreate  wanted, not in the account
 * @param toDelete  in the account, not wanted
 * @param unchanged how many are in both
 */
public record SyncPlan(List<BlockedSender> toCreate, List<BlockedSender> toDelete, int unchanged) {

    public static SyncPlan of(List<BlockedSender> current, List<BlockedSender> wanted) {
        Set<String> currentKeys = current.stream().map(SyncPlan::key).collect(Collectors.toSet());
        Set<String> wantedKeys = wanted.stream().map(SyncPlan::key).collect(Collectors.toSet());
        List<BlockedSender> toCreate = wanted.stream().filter(e -> !currentKeys.contains(key(e))).toList();
        List<BlockedSender> toDelete = current.stream().filter(e -> !wantedKeys.contains(key(e))).toList();
        return new SyncPlan(toCreate, toDelete, current.size() - toDelete.size());
    }

    public boolean isEmpty() {
        return toCreate.isEmpty() && toDelete.isEmpty();
    }

    /** The plan as a person reads it. */
    public String describe() {
        StringBuilder text = new StringBuilder("Plan: create " + toCreate.size() + ", delete " + toDelete.size()
                                               + ", keep " + unchanged + "\n");
        toCreate.forEach(e -> text.append("  + ").append(label(e)).append('\n'));
        toDelete.forEach(e -> text.append("  - ").append(label(e)).append("  (id ").append(e.getId()).append(")\n"));
        return text.toString();
    }

    static String key(BlockedSender entry) {
        return entry.getPatternType() + " " + entry.getPattern();
    }

    private static String label(BlockedSender entry) {
        return key(entry) + (Boolean.TRUE.equals(entry.isRegex()) ? " (regex)" : "")
               + (entry.getComments() == null ? "" : "  # " + entry.getComments());
    }
}
