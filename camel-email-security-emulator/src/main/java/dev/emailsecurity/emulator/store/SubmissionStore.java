package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Json;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Reclassification submissions; they move from {@code pending} to {@code completed} with an outcome. */
public final class SubmissionStore {

    private final Clock clock;
    private final List<Map<String, Object>> submissions = new ArrayList<>();
    private int sequence = 5000;

    SubmissionStore(Clock clock) {
        this.clock = clock;
    }

    public List<Map<String, Object>> all() {
        return submissions;
    }

    /** A new pending submission for a message. */
    public Map<String, Object> create(StoredMessage m, String requestedDisposition, String type, Instant at,
            String escalatedSubmissionId) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("submission_id", "S" + (++sequence) + "-" + m.postfixId);
        s.put("type", type);
        s.put("requested_at", Json.time(at));
        s.put("requested_ts", Json.time(at));
        s.put("requested_by", "User".equals(type) ? m.to.get(0) : MessageStore.REQUESTED_BY);
        s.put("subject", m.subject);
        s.put("original_postfix_id", m.postfixId);
        s.put("original_edf_hash", m.edfHash);
        s.put("original_disposition", submissionDisposition(m.disposition));
        s.put("requested_disposition", requestedDisposition);
        s.put("status", "pending");
        s.put("customer_status", "unreviewed");
        s.put("outcome", null);
        s.put("outcome_disposition", null);
        s.put("escalated_as", null);
        s.put("escalated_at", null);
        s.put("escalated_by", null);
        s.put("escalated_submission_id", escalatedSubmissionId);
        submissions.add(s);
        submissions.sort(Comparator.comparing((Map<String, Object> x) -> (String) x.get("requested_at")).reversed());
        return s;
    }

    public Map<String, Object> require(String submissionId) {
        return submissions.stream().filter(s -> submissionId.equals(s.get("submission_id"))).findFirst()
                .orElseThrow(() -> ApiException.notFound("Submission", submissionId));
    }

    /** Completes a submission with the outcome disposition. */
    void complete(Map<String, Object> s, String outcomeDisposition) {
        s.put("status", "completed");
        s.put("customer_status", "reviewed");
        s.put("outcome_disposition", outcomeDisposition);
        s.put("outcome", outcomeDisposition.equals(s.get("original_disposition"))
                ? "Original disposition confirmed" : "Reclassified as " + outcomeDisposition);
    }

    /** Escalates a user submission to the security team. */
    void escalate(Map<String, Object> s, Random random) {
        s.put("escalated_as", s.get("requested_disposition"));
        s.put("escalated_at", Json.time(clock.instant().minusSeconds(random.nextInt(3600))));
        s.put("escalated_by", MessageStore.REQUESTED_BY);
        s.put("customer_status", "escalated");
    }

    Map<String, Object> oldestPending() {
        for (int i = submissions.size() - 1; i >= 0; i--) {
            if ("pending".equals(submissions.get(i).get("status"))) {
                return submissions.get(i);
            }
        }
        return null;
    }

    public List<Map<String, Object>> list(ApiRequest r) {
        Instant now = clock.instant();
        Instant start = r.instantParam("start") == null ? now.minus(java.time.Duration.ofDays(30))
                : r.instantParam("start");
        Instant end = r.instantParam("end") == null ? now : r.instantParam("end");
        String type = r.param("type");
        Boolean escalated = r.boolParam("escalated_from_user");
        String query = r.param("query");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> s : submissions) {
            Instant at = Instant.parse((String) s.get("requested_at"));
            if (at.isBefore(start) || at.isAfter(end)
                    || (type != null && !type.equalsIgnoreCase((String) s.get("type")))
                    || !eq(r, s, "submission_id") || !eq(r, s, "original_disposition")
                    || !eq(r, s, "requested_disposition") || !eq(r, s, "outcome_disposition") || !eq(r, s, "status")
                    || (escalated != null && escalated != (s.get("escalated_at") != null))
                    || (query != null && !String.valueOf(s.get("subject")).toLowerCase(Locale.ROOT)
                            .contains(query.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            out.add(s);
        }
        return out;
    }

    private static boolean eq(ApiRequest r, Map<String, Object> s, String field) {
        String wanted = r.param(field);
        return wanted == null || wanted.equals(s.get(field));
    }

    static String submissionDisposition(String disposition) {
        return switch (disposition) {
            case "MALICIOUS-BEC" -> "MALICIOUS";
            case "ENCRYPTED", "EXTERNAL", "UNKNOWN" -> "NONE";
            default -> disposition;
        };
    }
}
