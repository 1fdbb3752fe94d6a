package dev.emailsecurity.emulator.logpush;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the Logpush dataset {@code email_security_alerts}, made from the API's MessageDetails of the same
 * detection (so {@code AlertID} is the {@code alert_id} a search returns).
 */
final class AlertRecord {

    private AlertRecord() {
    }

    /** @return the dataset's fields, or null when the message is no detection (no alert id) */
    static Map<String, Object> of(Map<String, Object> details) {
        Object alertId = details.get("alert_id");
        if (alertId == null) {
            return null;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("AlertID", alertId);
        r.put("AlertReasons", details.getOrDefault("detection_reasons", List.of()));
        r.put("Attachments", List.of());
        r.put("CC", List.of());
        r.put("FinalDisposition", details.get("final_disposition"));
        r.put("From", details.get("from"));
        r.put("Links", List.of());
        r.put("MessageDeliveryMode", details.get("delivery_mode"));
        r.put("MessageID", details.get("message_id"));
        r.put("Origin", "inbound");
        r.put("OriginalSender", details.get("envelope_from"));
        r.put("ReplyTo", details.get("replyto"));
        r.put("SMTPEnvelopeFrom", details.get("envelope_from"));
        r.put("SMTPEnvelopeTo", details.getOrDefault("envelope_to", List.of()));
        r.put("SMTPHeloServerIP", details.get("smtp_helo_server_ip"));
        r.put("Subject", details.get("subject"));
        r.put("ThreatCategories", details.getOrDefault("threat_categories", List.of()));
        r.put("Timestamp", details.get("ts"));
        r.put("To", details.getOrDefault("to", List.of()));
        return r;
    }
}
