package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Json;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** PhishGuard reports: analyst write-ups of campaigns; {@code updated_at} moves when one is revised. */
public final class PhishguardStore {

    private static final String[][] CAMPAIGNS = {
        {"Credential phishing campaign impersonating Microsoft 365", "MALICIOUS", "high", "credential_harvesting"},
        {"Invoice fraud attempts against the finance team", "MALICIOUS-BEC", "high", "bec"},
        {"Parcel delivery lure with malicious links", "MALICIOUS", "medium", "brand_impersonation"},
        {"Display-name spoofing of executives", "SPOOF", "medium", "impersonation"},
        {"Fake HR benefits enrollment pages", "SUSPICIOUS", "low", "credential_harvesting"},
        {"Crypto investment spam wave", "SPAM", "low", "spam"}};

    private final Clock clock;
    private final List<Map<String, Object>> reports = new ArrayList<>();

    PhishguardStore(Clock clock) {
        this.clock = clock;
    }

    public List<Map<String, Object>> all() {
        return reports;
    }

    void seed(List<StoredMessage> messages, java.util.Random random) {
        int id = 1001;
        Instant now = clock.instant();
        List<StoredMessage> detections = messages.stream().filter(StoredMessage::isDetection).toList();
        for (int i = 0; i < 8 && !detections.isEmpty(); i++) {
            String[] c = CAMPAIGNS[i % CAMPAIGNS.length];
            StoredMessage m = detections.get(random.nextInt(detections.size()));
            Instant created = m.scannedAt.plusSeconds(600 + random.nextInt(3600));
            if (created.isAfter(now)) {
                created = now;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("from", m.from);
            fields.put("to", List.copyOf(m.to));
            fields.put("postfix_id", m.postfixId);
            fields.put("occurred_at", Json.time(m.scannedAt));
            fields.put("ts", Json.time(m.scannedAt));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", id++);
            r.put("title", c[0]);
            r.put("content", "## " + c[0] + "\n\nObserved message from " + m.from + " (subject \"" + m.subject
                    + "\"). Recommended action: block the sender domain " + m.senderDomain + ".");
            r.put("disposition", c[1]);
            r.put("priority", c[2]);
            r.put("tags", List.of(Map.of("category", "campaign", "value", c[3]),
                    Map.of("category", "sender_domain", "value", m.senderDomain)));
            r.put("fields", fields);
            r.put("created_at", Json.time(created));
            r.put("ts", Json.time(created));
            r.put("updated_at", Json.time(created));
            reports.add(r);
        }
    }

    /** Reports created in [start, end]; {@code start}/{@code end} win over the deprecated dates. */
    public List<Map<String, Object>> list(ApiRequest r) {
        Instant now = clock.instant();
        Instant start = r.instantParam("start");
        Instant end = r.instantParam("end");
        if (start == null && r.param("from_date") != null) {
            start = LocalDate.parse(r.param("from_date")).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (end == null && r.param("to_date") != null) {
            end = LocalDate.parse(r.param("to_date")).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        Instant from = start == null ? now.minus(java.time.Duration.ofDays(30)) : start;
        Instant to = end == null ? now : end;
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> report : reports) {
            Instant created = Instant.parse((String) report.get("created_at"));
            if (!created.isBefore(from) && !created.isAfter(to)) {
                out.add(report);
            }
        }
        return out;
    }

    /** Marks a report as revised now. */
    public void touch(String id) {
        Map<String, Object> report = reports.stream().filter(x -> String.valueOf(x.get("id")).equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no PhishGuard report " + id));
        report.put("updated_at", Json.time(clock.instant()));
    }
}
