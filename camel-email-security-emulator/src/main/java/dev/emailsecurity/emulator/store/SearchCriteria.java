package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The filters of a message search, from the {@code GET /investigate} query or a bulk job's
 * {@code search_params}. Defaults: the last 30 days, {@code detections_only=true}.
 */
public record SearchCriteria(Instant start, Instant end, String query, boolean detectionsOnly, String finalDisposition,
        String messageAction, String recipient, String sender, String alertId, String domain, String messageId,
        String subject, String exactSubject, String deliveryStatus, String smtpHeloIp) {

    public static SearchCriteria fromQuery(ApiRequest r, Instant now) {
        Boolean detectionsOnly = r.boolParam("detections_only");
        return normalise(r.instantParam("start"), r.instantParam("end"), r.param("query"),
                detectionsOnly == null || detectionsOnly, r.param("final_disposition"), r.param("message_action"),
                r.param("recipient"), r.param("sender"), r.param("alert_id"), r.param("domain"),
                r.param("message_id"), r.param("subject"), null, r.param("delivery_status"), r.param("smtp_helo_ip"),
                now);
    }

    static SearchCriteria fromJson(JsonNode p, Instant now) {
        String start = Json.text(p, "start");
        String end = Json.text(p, "end");
        JsonNode detections = p.get("detections_only");
        return normalise(start == null ? null : ApiRequest.parseInstant("search_params.start", start),
                end == null ? null : ApiRequest.parseInstant("search_params.end", end), Json.text(p, "query"),
                detections == null || detections.isNull() || detections.asBoolean(),
                Json.text(p, "final_disposition"), Json.text(p, "message_action"), Json.text(p, "recipient"),
                Json.text(p, "sender"), Json.text(p, "alert_id"), Json.text(p, "domain"), Json.text(p, "message_id"),
                Json.text(p, "subject"), Json.text(p, "exact_subject"), Json.text(p, "delivery_status"),
                Json.text(p, "smtp_helo_ip"), now);
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    private static SearchCriteria normalise(Instant start, Instant end, String query, boolean detectionsOnly,
            String finalDisposition, String messageAction, String recipient, String sender, String alertId,
            String domain, String messageId, String subject, String exactSubject, String deliveryStatus,
            String smtpHeloIp, Instant now) {
        Instant s = start == null ? now.minus(Duration.ofDays(30)) : start;
        Instant e = end == null ? now : end;
        if (s.isAfter(now)) {
            throw ApiException.badRequest("start: must not be in the future");
        }
        if (e.isBefore(s)) {
            throw ApiException.badRequest("end: must not be before start");
        }
        return new SearchCriteria(s, e, blankToNull(query), detectionsOnly, blankToNull(finalDisposition),
                blankToNull(messageAction), blankToNull(recipient), blankToNull(sender), blankToNull(alertId),
                blankToNull(domain), blankToNull(messageId), blankToNull(subject), blankToNull(exactSubject),
                blankToNull(deliveryStatus), blankToNull(smtpHeloIp));
    }

    boolean matches(StoredMessage m) {
        return !m.scannedAt.isBefore(start) && !m.scannedAt.isAfter(end)
                && (!detectionsOnly || m.isDetection())
                && (finalDisposition == null || finalDisposition.equals(m.disposition))
                && (messageAction == null || m.postDeliveryOperations.contains(operationOf(messageAction)))
                && (recipient == null || m.to.stream().anyMatch(t -> contains(t, recipient)))
                && (sender == null || contains(m.from, sender) || contains(m.fromName, sender))
                && (alertId == null || alertId.equals(m.alertId))
                && (domain == null || m.senderDomain.equalsIgnoreCase(domain)
                        || m.senderDomain.toLowerCase(Locale.ROOT).endsWith("." + domain.toLowerCase(Locale.ROOT)))
                && (messageId == null || stripAngles(messageId).equals(stripAngles(m.messageId)))
                && (subject == null || contains(m.subject, subject))
                && (exactSubject == null || exactSubject.equals(m.subject))
                && (deliveryStatus == null || m.deliveryStatus.contains(deliveryStatus))
                && (smtpHeloIp == null || smtpHeloIp.equals(m.senderIp))
                && (query == null || matchesQuery(m));
    }

    private boolean matchesQuery(StoredMessage m) {
        String haystack = String.join(" ", m.subject, m.from, m.fromName, String.join(" ", m.to),
                String.join(" ", m.toName), m.id, m.postfixId, m.messageId).toLowerCase(Locale.ROOT);
        for (String term : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!term.isEmpty() && !haystack.contains(term)) {
                return false;
            }
        }
        return true;
    }

    private static String operationOf(String messageAction) {
        return switch (messageAction) {
            case "QUARANTINE_RELEASED" -> "QUARANTINE_RELEASE";
            case "MOVED" -> "MOVE";
            default -> messageAction;
        };
    }

    private static boolean contains(String value, String part) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    private static String stripAngles(String id) {
        return id == null ? "" : id.replace("<", "").replace(">", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
