package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.Pagination;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Remembers the ordered result ids of each search so that its cursor pages are stable while new mail
 * arrives. A cursor is {@code base64url("<snapshot>:<offset>")}. Also holds searches answered with 202.
 */
public final class SearchSnapshots {

    private static final int MAX_SNAPSHOTS = 2000;

    /** One search's frozen result list (already capped) and how many 202 polls it still owes. */
    public static final class Snapshot {
        final String id;
        public final List<String> ids;
        public final int perPage;
        public int pendingPolls;

        Snapshot(String id, List<String> ids, int perPage, int pendingPolls) {
            this.id = id;
            this.ids = ids;
            this.perPage = perPage;
            this.pendingPolls = pendingPolls;
        }
    }

    /** A decoded cursor. */
    public record Position(Snapshot snapshot, int offset) {
    }

    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > MAX_SNAPSHOTS;
        }
    };
    private long sequence;

    public Snapshot create(List<String> ids, int perPage, int pendingPolls) {
        Snapshot s = new Snapshot("s" + (++sequence), List.copyOf(ids), perPage, pendingPolls);
        snapshots.put(s.id, s);
        return s;
    }

    public static String cursor(Snapshot s, int offset) {
        return Pagination.encode(s.id + ":" + offset);
    }

    public Position resolve(String cursor) {
        String raw = Pagination.decode(cursor);
        int colon = raw.indexOf(':');
        Snapshot s = colon < 0 ? null : snapshots.get(raw.substring(0, colon));
        if (s == null) {
            throw ApiException.badRequest("cursor: invalid or expired cursor");
        }
        try {
            return new Position(s, Integer.parseInt(raw.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("cursor: invalid or expired cursor");
        }
    }

    void clear() {
        snapshots.clear();
    }
}
