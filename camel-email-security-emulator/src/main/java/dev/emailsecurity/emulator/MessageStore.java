package dev.emailsecurity.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The messages and what happened to them: release, move and reclassification change their quarantine state,
 * delivery status, post-delivery operations and action log. Not thread-safe: guarded by the backend lock.
 */
final class MessageStore {

    static final String REQUESTED_BY = "emulator-api@acme-corp.com";

    private static final Comparator<StoredMessage> NEWEST_FIRST =
            Comparator.comparing((StoredMessage s) -> s.scannedAt).reversed().thenComparing(s -> s.id);

    private final Clock clock;
    private final Map<String, StoredMessage> byId = new HashMap<>();
    private final Map<String, StoredMessage> byPostfixId = new HashMap<>();
    private final List<StoredMessage> newestFirst = new ArrayList<>();
    private final Set<String> releasedIds = new LinkedHashSet<>();
    private final List<MovedMessage> moves = new ArrayList<>();
    private final Set<String> failingRecipients = new LinkedHashSet<>();

    MessageStore(Clock clock) {
        this.clock = clock;
    }

    /** Adds one message in its place: after every message that sorts before it or equal to it. */
    void add(StoredMessage m) {
        index(m);
        int low = 0;
        int high = newestFirst.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (NEWEST_FIRST.compare(newestFirst.get(mid), m) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        newestFirst.add(low, m);
    }

    /** Adds many messages with one sort at the end: the same order as adding them one by one. */
    void addAll(List<StoredMessage> batch) {
        batch.forEach(this::index);
        newestFirst.addAll(batch);
        newestFirst.sort(NEWEST_FIRST);
    }

    private void index(StoredMessage m) {
        byId.put(m.id, m);
        byPostfixId.put(m.postfixId, m);
    }

    List<StoredMessage> all() {
        return newestFirst;
    }

    /** Finds by investigate id, or by postfix id (the 2025 API's id). */
    StoredMessage find(String id) {
        StoredMessage m = byId.get(id);
        return m != null ? m : byPostfixId.get(id);
    }

    StoredMessage require(String id) {
        StoredMessage m = find(id);
        if (m == null) {
            throw ApiException.notFound("Message", id);
        }
        return m;
    }

    List<StoredMessage> search(SearchCriteria criteria) {
        List<StoredMessage> out = new ArrayList<>();
        for (StoredMessage m : newestFirst) {
            if (criteria.matches(m)) {
                out.add(m);
            }
        }
        return out;
    }

    Set<String> releasedIds() {
        return releasedIds;
    }

    List<MovedMessage> moves() {
        return moves;
    }

    Set<String> failingRecipients() {
        return failingRecipients;
    }

    /** Releases one message from quarantine; returns the API's ReleaseResponse. */
    Map<String, Object> release(StoredMessage m) {
        List<String> delivered = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> undelivered = new ArrayList<>();
        for (String recipient : m.to) {
            if (!m.quarantined) {
                undelivered.add(recipient);
            } else if (failingRecipients.contains(recipient)) {
                failed.add(recipient);
            } else {
                delivered.add(recipient);
            }
        }
        Instant now = clock.instant();
        if (!delivered.isEmpty()) {
            m.quarantined = false;
            m.deliveryStatus.clear();
            m.deliveryStatus.add("delivered");
            m.postDeliveryOperations.add("QUARANTINE_RELEASE");
            releasedIds.add(m.id);
        }
        if (m.quarantined || !delivered.isEmpty()) {
            boolean ok = !delivered.isEmpty();
            m.actionLog.add(new StoredMessage.Action("QUARANTINE_RELEASE", ok ? "completed" : "failed", ok, now, now,
                    null, REQUESTED_BY));
            m.touch();
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", m.id);
        r.put("postfix_id", m.postfixId);
        r.put("delivered", delivered);
        r.put("failed", failed);
        r.put("undelivered", undelivered);
        return r;
    }

    /** Moves one message for each recipient; returns one MoveResponseItem per recipient. */
    List<Map<String, Object>> move(StoredMessage m, String destination, String expectedDisposition) {
        Instant now = clock.instant();
        List<Map<String, Object>> items = new ArrayList<>();
        boolean mismatch = expectedDisposition != null && !expectedDisposition.equals(m.disposition);
        boolean anyMoved = false;
        for (String recipient : m.to) {
            String status;
            boolean success;
            if (mismatch) {
                status = "skipped: final_disposition is " + m.disposition + ", expected " + expectedDisposition;
                success = false;
            } else if (failingRecipients.contains(recipient)) {
                status = "failed: mailbox unavailable";
                success = false;
            } else {
                status = "completed";
                success = true;
                anyMoved = true;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("success", success);
            item.put("operation", "MOVE");
            item.put("destination", destination);
            item.put("recipient", recipient);
            item.put("message_id", m.messageId);
            item.put("status", status);
            item.put("completed_at", Json.time(now));
            item.put("completed_timestamp", Json.time(now));
            item.put("item_count", 1);
            items.add(item);
        }
        if (!mismatch) {
            if (anyMoved) {
                m.postDeliveryOperations.add("MOVE");
                m.deliveryStatus.clear();
                m.deliveryStatus.add("moved");
                moves.add(new MovedMessage(m.id, destination));
            }
            m.actionLog.add(new StoredMessage.Action("MOVE", anyMoved ? "completed" : "failed", anyMoved, now, now,
                    destination, REQUESTED_BY));
            m.touch();
        }
        return items;
    }

    /** Records a submission on the message (reclassify request). */
    void markSubmitted(StoredMessage m) {
        Instant now = clock.instant();
        m.postDeliveryOperations.add("SUBMISSION");
        m.actionLog.add(new StoredMessage.Action("SUBMISSION", "completed", true, now, now, null, REQUESTED_BY));
        m.touch();
    }

    /** Changes the message's final disposition (the back end re-classified it). */
    void reclassify(StoredMessage m, String disposition) {
        m.disposition = disposition;
        if (!m.isDetection()) {
            m.detectionReasons.clear();
            m.threatCategories.clear();
            m.findings.clear();
        } else if (m.detectionReasons.isEmpty()) {
            m.detectionReasons.add("Reclassified as " + disposition + " after review");
        }
        m.touch();
    }
}
