package dev.emailsecurity.emulator.render;

import dev.emailsecurity.emulator.api.Json;
import dev.emailsecurity.emulator.store.StoredMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders a {@link StoredMessage} as the API's MessageDetails, MessageDetectionDetails, trace and action log. */
public final class MessageRenderer {

    private MessageRenderer() {
    }

    public static Map<String, Object> details(StoredMessage m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", m.id);
        d.put("postfix_id", m.postfixId);
        d.put("action_log", deprecatedActionLog(m));
        d.put("alert_id", m.alertId);
        d.put("client_recipients", List.copyOf(m.to));
        d.put("delivery_mode", m.deliveryMode);
        d.put("delivery_status", List.copyOf(m.deliveryStatus));
        d.put("detection_reasons", List.copyOf(m.detectionReasons));
        d.put("edf_hash", m.edfHash);
        d.put("envelope_from", m.from);
        d.put("envelope_to", List.copyOf(m.to));
        d.put("final_disposition", m.disposition);
        d.put("findings", findings(m));
        d.put("from", m.fromName + " <" + m.from + ">");
        d.put("from_name", m.fromName);
        d.put("htmltext_structure_hash", m.edfHash == null ? null : m.edfHash.substring(0, 16));
        d.put("is_phish_submission", m.phishSubmission);
        d.put("is_quarantined", m.quarantined);
        d.put("message_id", m.messageId);
        d.put("post_delivery_operations", List.copyOf(m.postDeliveryOperations));
        d.put("postfix_id_outbound", null);
        d.put("properties", Map.of());
        d.put("replyto", m.from);
        d.put("scanned_at", Json.time(m.scannedAt));
        d.put("sent_at", Json.time(m.sentAt));
        d.put("sent_date", Json.time(m.sentAt));
        d.put("smtp_helo_server_ip", m.senderIp);
        d.put("smtp_previous_hop_ip", m.senderIp);
        d.put("subject", m.subject);
        d.put("threat_categories", List.copyOf(m.threatCategories));
        d.put("to", List.copyOf(m.to));
        d.put("to_name", List.copyOf(m.toName));
        d.put("ts", Json.time(m.scannedAt));
        d.put("validation", validation(m));
        d.put("x_originating_ip", m.senderIp);
        return d;
    }

    public static Map<String, Object> detections(StoredMessage m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("action", m.quarantined ? "QUARANTINE" : "DELIVER");
        List<Map<String, Object>> attachments = new ArrayList<>();
        for (StoredMessage.Attachment a : m.attachments) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("content_type", a.contentType());
            am.put("detection", a.detection());
            am.put("encrypted", false);
            am.put("filename", a.filename());
            am.put("md5", a.md5());
            am.put("name", a.filename());
            am.put("sha1", a.sha1());
            am.put("sha256", a.sha256());
            am.put("size", a.size());
            attachments.add(am);
        }
        d.put("attachments", attachments);
        d.put("final_disposition", m.disposition);
        d.put("findings", findings(m));
        d.put("headers", List.of(
                Map.of("name", "From", "value", m.fromName + " <" + m.from + ">"),
                Map.of("name", "To", "value", String.join(", ", m.to)),
                Map.of("name", "Subject", "value", m.subject),
                Map.of("name", "Message-ID", "value", m.messageId),
                Map.of("name", "Authentication-Results", "value", EmlRenderer.authResults(m))));
        List<Map<String, Object>> links = new ArrayList<>();
        m.links.forEach(l -> links.add(Map.of("href", l.href(), "text", l.text())));
        d.put("links", links);
        Map<String, Object> sender = new LinkedHashMap<>();
        sender.put("as_name", m.asName);
        sender.put("as_number", m.asNumber);
        sender.put("geo", m.geo);
        sender.put("ip", m.senderIp);
        sender.put("pld", m.senderDomain);
        d.put("sender_info", sender);
        List<Map<String, Object>> categories = new ArrayList<>();
        for (int i = 0; i < m.threatCategories.size(); i++) {
            String name = m.threatCategories.get(i);
            categories.add(Map.of("id", 100 + Math.abs(name.hashCode() % 900), "name", name,
                    "description", name + " threat category"));
        }
        d.put("threat_categories", categories);
        d.put("validation", validation(m));
        return d;
    }

    public static Map<String, Object> trace(StoredMessage m) {
        List<Map<String, Object>> inbound = new ArrayList<>();
        addLine(inbound, m.scannedAt.minusSeconds(3), "connect from mail." + m.senderDomain + "[" + m.senderIp + "]");
        addLine(inbound, m.scannedAt.minusSeconds(2), m.postfixId + ": client=mail." + m.senderDomain + ", "
                + EmlRenderer.authResults(m));
        addLine(inbound, m.scannedAt.minusSeconds(1), m.postfixId + ": message-id=" + m.messageId);
        addLine(inbound, m.scannedAt, m.postfixId + ": disposition=" + m.disposition + ", action="
                + (m.quarantined ? "quarantined" : "delivered to " + String.join(",", m.to)));
        List<Map<String, Object>> outbound = new ArrayList<>();
        for (StoredMessage.Action a : m.actionLog) {
            addLine(outbound, a.completedAt(), m.postfixId + ": " + a.operation() + " " + a.status()
                    + (a.folder() == null ? "" : " folder=" + a.folder()));
        }
        return Map.of("inbound", Map.of("lines", inbound, "pending", false),
                "outbound", Map.of("lines", outbound, "pending", false));
    }

    public static List<Map<String, Object>> actionLog(StoredMessage m) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredMessage.Action a : m.actionLog) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("operation", a.operation());
            e.put("status", a.status());
            e.put("success", a.success());
            e.put("started_at", Json.time(a.startedAt()));
            e.put("completed_at", Json.time(a.completedAt()));
            e.put("properties", properties(a));
            out.add(e);
        }
        return out;
    }

    private static List<Map<String, Object>> deprecatedActionLog(StoredMessage m) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredMessage.Action a : m.actionLog) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("completed_at", Json.time(a.completedAt()));
            e.put("operation", a.operation());
            e.put("properties", properties(a));
            e.put("status", a.status());
            out.add(e);
        }
        return out;
    }

    private static Map<String, Object> properties(StoredMessage.Action a) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (a.folder() != null) {
            p.put("folder", a.folder());
        }
        p.put("requested_by", a.requestedBy());
        return p;
    }

    private static void addLine(List<Map<String, Object>> lines, java.time.Instant at, String message) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("lineno", lines.size() + 1);
        line.put("logged_at", Json.time(at));
        line.put("message", message);
        lines.add(line);
    }

    private static List<Map<String, Object>> findings(StoredMessage m) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredMessage.Finding f : m.findings) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("name", f.name());
            fm.put("detail", f.detail());
            fm.put("detection", f.detection());
            fm.put("score", f.score());
            fm.put("field", f.field());
            fm.put("value", f.value());
            out.add(fm);
        }
        return out;
    }

    private static Map<String, Object> validation(StoredMessage m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("comment", null);
        v.put("dkim", m.dkim);
        v.put("dmarc", m.dmarc);
        v.put("spf", m.spf);
        return v;
    }
}
