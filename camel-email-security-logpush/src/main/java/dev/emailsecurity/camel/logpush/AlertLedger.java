package dev.emailsecurity.camel.logpush;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.camel.spi.StateRepository;

/**
 * Which alerts came out, kept in the same {@link StateRepository} as the poll's checkpoint, so it survives restarts
 * and is shared by the nodes of a cluster. An alert is first <em>claimed</em> (in flight on one node, for at most
 * {@code claimTimeout}), then <em>done</em> once its exchange completed, or released when it failed. Done entries are
 * forgotten after {@code retention}, so the store holds about one retention's worth of alert ids.
 * <p>
 * The alerts are spread over {@value #SHARDS} keys ({@code <key>/<n>}), each a few lines of
 * {@code alertId state epochMillis}. Every change reads the shard and writes it back; a repository that refuses a
 * write made over a stale read (the JDBC one: compare-and-set per key) makes it read and try again, and writes of one
 * node are serialized per shard. Over a repository without compare-and-set (memory, file), it is correct on one node.
 */
final class AlertLedger {

    /** What a claim found. */
    enum Claim {
        /** This caller owns the alert now: deliver it, then {@link #done} or {@link #release}. */
        CLAIMED,
        /** Delivered before: skip it. */
        DONE,
        /** Another caller is delivering it right now (its claim has not timed out). */
        IN_FLIGHT
    }

    static final int SHARDS = 16;
    static final int MAX_ID_LENGTH = 200;
    private static final Pattern RECORDABLE = Pattern.compile("\\S{1," + MAX_ID_LENGTH + "}");
    private static final int MAX_WRITE_ATTEMPTS = 20;
    private static final String DONE = "D";

    private final StateRepository<String, String> repository;
    private final String key;
    private final Duration retention;
    private final Duration claimTimeout;
    private final Clock clock;
    private final Object[] locks = new Object[SHARDS];

    AlertLedger(StateRepository<String, String> repository, String key, Duration retention, Duration claimTimeout,
                Clock clock) {
        this.repository = repository;
        this.key = key;
        this.retention = retention;
        this.claimTimeout = claimTimeout;
        this.clock = clock;
        for (int i = 0; i < SHARDS; i++) {
            locks[i] = new Object();
        }
    }

    /** Whether the id can be a line of a shard: no white space, at most {@value #MAX_ID_LENGTH} characters. */
    static boolean isRecordable(String alertId) {
        return alertId != null && RECORDABLE.matcher(alertId).matches();
    }

    /** @param owner names this claim (side, node, sequence), so that only it can release it */
    Claim claim(String alertId, String owner) {
        if (!isRecordable(alertId)) {
            throw new IllegalArgumentException("Alert id with white space or over " + MAX_ID_LENGTH + " characters");
        }
        Claim[] result = new Claim[1];
        update(alertId, entries -> {
            Entry e = entries.get(alertId);
            if (e != null && DONE.equals(e.state)) {
                result[0] = Claim.DONE;
                return false;
            }
            if (e != null && !e.state.equals(owner) && !expiredClaim(e)) {
                result[0] = Claim.IN_FLIGHT;
                return false;
            }
            entries.put(alertId, new Entry(owner, clock.millis()));
            result[0] = Claim.CLAIMED;
            return true;
        });
        return result[0];
    }

    void done(String alertId) {
        update(alertId, entries -> {
            entries.put(alertId, new Entry(DONE, clock.millis()));
            return true;
        });
    }

    void release(String alertId, String owner) {
        update(alertId, entries -> {
            Entry e = entries.get(alertId);
            return e != null && e.state.equals(owner) && entries.remove(alertId) != null;
        });
    }

    private boolean expiredClaim(Entry e) {
        return clock.millis() - e.at > claimTimeout.toMillis();
    }

    private interface Change {
        /** @return whether the shard changed and must be written */
        boolean apply(Map<String, Entry> entries);
    }

    private void update(String alertId, Change change) {
        int shard = Math.floorMod(alertId.hashCode(), SHARDS);
        String shardKey = key + "/" + shard;
        synchronized (locks[shard]) {
            RuntimeException last = null;
            for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
                Map<String, Entry> entries = parse(repository.getState(shardKey));
                boolean pruned = prune(entries);
                if (!change.apply(entries) && !pruned) {
                    return;
                }
                try {
                    repository.setState(shardKey, format(entries));
                    return;
                } catch (RuntimeException conflict) {
                    // another node wrote the shard since we read it: read it again
                    last = conflict;
                }
            }
            throw new IllegalStateException("Cannot record alert " + alertId + " in " + shardKey + " after "
                                            + MAX_WRITE_ATTEMPTS + " attempts", last);
        }
    }

    private boolean prune(Map<String, Entry> entries) {
        long now = clock.millis();
        return entries.values().removeIf(e -> DONE.equals(e.state)
                ? now - e.at > retention.toMillis()
                : now - e.at > claimTimeout.toMillis());
    }

    private record Entry(String state, long at) {
    }

    private static Map<String, Entry> parse(String value) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (value == null || value.isBlank()) {
            return entries;
        }
        for (String line : value.split("\n")) {
            String[] f = line.split(" ");
            if (f.length == 3) {
                entries.put(f[0], new Entry(f[1], Long.parseLong(f[2])));
            }
        }
        return entries;
    }

    private static String format(Map<String, Entry> entries) {
        StringBuilder b = new StringBuilder();
        entries.forEach((id, e) -> b.append(id).append(' ').append(e.state).append(' ').append(e.at).append('\n'));
        return b.toString();
    }
}
