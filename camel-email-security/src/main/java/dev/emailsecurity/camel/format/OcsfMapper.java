package dev.emailsecurity.camel.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.model.Attachment;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.model.MessageHeader;
import dev.emailsecurity.camel.model.PhishGuardReport;
import dev.emailsecurity.camel.model.PhishGuardReportFields;
import dev.emailsecurity.camel.model.SenderInfo;
import dev.emailsecurity.camel.model.Validation;

/**
 * An item as an OCSF 1.5 Email Activity event (class 4009) with the security_control profile. Messages are the
 * Scan activity (3); PhishGuard reports the Other activity (99). Submissions have no sender or recipients in the API,
 * which class 4009 requires, so they are refused (use the ECS or CloudEvents data types for them).
 */
final class OcsfMapper {

    static final String OCSF_VERSION = "1.5.0";
    static final int CLASS_UID = 4009;
    static final int CATEGORY_UID = 4;

    private OcsfMapper() {
    }

    static Map<String, Object> map(SecurityItem item, List<Indicator> indicators, Coverage cov) {
        return switch (item.kind()) {
            case MESSAGE -> message(item, indicators, cov);
            case REPORT -> report(item, indicators, cov);
            case SUBMISSION -> throw new IllegalArgumentException(
                    "email-security:application-ocsf+json: a Submission (" + item.id() + ") has no sender or "
                    + "recipients, which OCSF Email Activity requires; use email-security:application-ecs+json or "
                    + "email-security:application-cloudevents+json for submissions");
        };
    }

    private static Map<String, Object> message(SecurityItem item, List<Indicator> indicators, Coverage cov) {
        MessageDetails m = item.message();
        MessageDetectionDetails d = item.detections();
        Obj event = base(item, 3, "Scan", cov.take("scanned_at", m.getScannedAt()), cov);
        cov.take("id", m.getId());
        Obj email = new Obj()
                .put("uid", cov.take("id", m.getId()))
                .put("message_uid", cov.take("message_id", m.getMessageId()))
                .put("from", Addresses.address(cov.take("from", m.getFrom())))
                .put("to", Addresses.list(cov.take("to", m.getTo())))
                .put("reply_to", Addresses.address(cov.take("replyto", m.getReplyto())))
                .put("smtp_from", Addresses.address(cov.take("envelope_from", m.getEnvelopeFrom())))
                .put("smtp_to", Addresses.list(cov.take("envelope_to", m.getEnvelopeTo())))
                .put("subject", cov.take("subject", m.getSubject()))
                .put("raw_header", rawHeader(d, cov))
                .put("x_originating_ip", m.getXOriginatingIp() == null ? null
                        : List.of(cov.take("x_originating_ip", m.getXOriginatingIp())));
        email.map().putIfAbsent("to", List.of());
        event.put("email", email)
                .put("from", Addresses.address(m.getEnvelopeFrom()))
                .put("to", Addresses.list(m.getEnvelopeTo()))
                .put("email_auth", auth(m, d, cov))
                .put("direction_id", 1).put("direction", "Inbound")
                .put("protocol_name", "SMTP")
                .put("message_trace_uid", cov.take("postfix_id", m.getPostfixId()))
                .put("message", String.join("; ", cov.take("detection_reasons", Verdict.orEmpty(m.getDetectionReasons()))))
                .put("src_endpoint", source(m, d, cov));
        if (d != null) {
            cov.take("detections.final_disposition", d.getFinalDisposition());
        }
        disposition(event, cov.take("final_disposition", item.disposition()),
                cov.take("is_quarantined", m.isQuarantined()));
        Verdict.Technique t = Verdict.technique(item.disposition(), d);
        labels(event, cov.take("threat_categories", m.getThreatCategories()));
        if (t != null) {
            event.put("attacks", List.of(attack(t).map()));
        }
        if (d != null) {
            event.put("malware", malware(d, cov));
        }
        event.put("observables", observables(indicators, cov));
        event.put("unmapped", cov.notTaken(item));
        return event.map();
    }

    private static Map<String, Object> report(SecurityItem item, List<Indicator> indicators, Coverage cov) {
        PhishGuardReport r = (PhishGuardReport) item.model();
        PhishGuardReportFields f = r.getFields() == null ? new PhishGuardReportFields() : r.getFields();
        Obj event = base(item, 99, "Other", cov.take("created_at", r.getCreatedAt()), cov);
        cov.take("id", r.getId());
        Obj email = new Obj()
                .put("uid", cov.take("fields.postfix_id", f.getPostfixId()))
                .put("from", Addresses.address(cov.take("fields.from", f.getFrom())))
                .put("subject", cov.take("title", r.getTitle()));
        email.map().put("to", Addresses.list(cov.take("fields.to", f.getTo())));
        event.put("email", email).put("direction_id", 1).put("direction", "Inbound")
                .put("message", cov.take("content", r.getContent()));
        disposition(event, cov.take("disposition", item.disposition()), null);
        event.put("observables", observables(indicators, cov));
        event.put("unmapped", cov.notTaken(item));
        return event.map();
    }

    private static Obj base(SecurityItem item, int activityId, String activityName, String time, Coverage cov) {
        int severity = Verdict.severityId(item.disposition());
        Long millis = Verdict.epochMillis(time);
        return new Obj()
                .put("class_uid", CLASS_UID).put("class_name", "Email Activity")
                .put("category_uid", CATEGORY_UID).put("category_name", "Network Activity")
                .put("activity_id", activityId).put("activity_name", activityName)
                .put("type_uid", CLASS_UID * 100 + activityId).put("type_name", "Email Activity: " + activityName)
                .put("severity_id", severity).put("severity", Verdict.severityName(severity))
                .put("time", millis == null ? 0L : millis)
                .put("metadata", new Obj()
                        .put("version", OCSF_VERSION)
                        .put("uid", item.id() + ":" + item.version())
                        .put("original_time", time)
                        .put("profiles", List.of("security_control"))
                        .put("tenant_uid", item.accountId())
                        .put("product", new Obj().put("name", "Cloudflare Email Security")
                                .put("vendor_name", "Cloudflare").put("uid", "email-security")));
    }

    /** The headers the detection details list, as RFC 5322 header lines. */
    private static String rawHeader(MessageDetectionDetails d, Coverage cov) {
        StringBuilder out = new StringBuilder();
        for (MessageHeader h : d == null ? List.<MessageHeader>of() : Verdict.orEmpty(d.getHeaders())) {
            if (h.getName() != null && h.getValue() != null) {
                out.append(cov.take("detections.headers.name", h.getName())).append(": ")
                        .append(cov.take("detections.headers.value", h.getValue())).append("\r\n");
            }
        }
        return out.toString();
    }

    /** The threat categories as metadata.labels. */
    @SuppressWarnings("unchecked")
    private static void labels(Obj event, List<String> categories) {
        if (categories != null && !categories.isEmpty()) {
            ((Map<String, Object>) event.map().get("metadata")).put("labels", List.copyOf(categories));
        }
    }

    private static Obj auth(MessageDetails m, MessageDetectionDetails d, Coverage cov) {
        Validation v = m.getValidation() != null ? m.getValidation() : d == null ? null : d.getValidation();
        if (v == null) {
            return null;
        }
        for (String p : new String[] { "validation.", Coverage.DETECTIONS + "validation." }) {
            Validation from = p.startsWith("validation") ? m.getValidation() : d == null ? null : d.getValidation();
            if (from != null) {
                cov.take(p + "spf", from.getSpf());
                cov.take(p + "dkim", from.getDkim());
                cov.take(p + "dmarc", from.getDmarc());
            }
        }
        return new Obj().put("spf", v.getSpf()).put("dkim", v.getDkim()).put("dmarc", v.getDmarc());
    }

    private static Obj source(MessageDetails m, MessageDetectionDetails d, Coverage cov) {
        SenderInfo s = d == null ? null : d.getSenderInfo();
        Obj endpoint = new Obj().put("ip", cov.take("smtp_previous_hop_ip", m.getSmtpPreviousHopIp()));
        if (s != null) {
            if (!endpoint.map().containsKey("ip")) {
                endpoint.put("ip", cov.take("detections.sender_info.ip", s.getIp()));
            } else {
                cov.take("detections.sender_info.ip", s.getIp());
            }
            endpoint.put("domain", cov.take("detections.sender_info.pld", s.getPld()))
                    .put("autonomous_system", new Obj()
                            .put("number", cov.take("detections.sender_info.as_number", s.getAsNumber() == null
                                    ? null : s.getAsNumber().intValue()))
                            .put("name", cov.take("detections.sender_info.as_name", s.getAsName())))
                    .put("location", new Obj().put("country", cov.take("detections.sender_info.geo", s.getGeo())));
        }
        return endpoint;
    }

    /** OCSF disposition_id: 3 Quarantined, 2 Blocked, 15 Detected (delivered but flagged), 1 Allowed, 0 Unknown. */
    private static void disposition(Obj event, String disposition, Boolean quarantined) {
        int id;
        String name;
        if (Boolean.TRUE.equals(quarantined)) {
            id = 3;
            name = "Quarantined";
        } else if (disposition == null) {
            id = 0;
            name = "Unknown";
        } else if (Verdict.isThreat(disposition) || "SPAM".equals(disposition) || "BULK".equals(disposition)) {
            id = 15;
            name = "Detected";
        } else {
            id = 1;
            name = "Allowed";
        }
        event.put("disposition_id", id).put("disposition", name);
        event.put("action_id", id == 3 ? 2 : id == 0 ? 0 : 1).put("action", id == 3 ? "Denied" : id == 0 ? "Unknown"
                : "Allowed");
    }

    private static Obj attack(Verdict.Technique t) {
        return new Obj()
                .put("tactic", new Obj().put("uid", t.tacticId()).put("name", t.tacticName()))
                .put("technique", new Obj().put("uid", t.techniqueId()).put("name", t.techniqueName()))
                .put("sub_technique", t.subId() == null ? null
                        : new Obj().put("uid", t.subId()).put("name", t.subName()));
    }

    private static List<Map<String, Object>> malware(MessageDetectionDetails d, Coverage cov) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Attachment a : Verdict.orEmpty(d.getAttachments())) {
            if (Verdict.isThreat(a.getDetection())) {
                cov.take("detections.attachments.detection", a.getDetection());
                String file = a.getFilename() != null ? a.getFilename() : a.getName();
                out.add(new Obj().put("name", a.getDetection() + " attachment " + file)
                        .put("classification_ids", List.of(0)).put("classifications", List.of("Unknown"))
                        .map());
            }
        }
        return out;
    }

    /** OCSF observable type_id per indicator type (1 Hostname, 2 IP Address, 5 Email Address, 6 URL String...). */
    private static List<Map<String, Object>> observables(List<Indicator> indicators, Coverage cov) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Indicator i : indicators) {
            int typeId = switch (i.type()) {
                case DOMAIN -> 1;
                case IP_ADDRESS -> 2;
                case EMAIL_ADDRESS -> 5;
                case URL -> 6;
                case FILE_NAME -> 7;
                case MD5, SHA1, SHA256 -> 8;
            };
            String typeName = switch (typeId) {
                case 1 -> "Hostname";
                case 2 -> "IP Address";
                case 5 -> "Email Address";
                case 6 -> "URL String";
                case 7 -> "File Name";
                default -> "Hash";
            };
            i.sources().forEach(source -> cov.take(source, i.value()));
            out.add(new Obj().put("name", i.source()).put("type_id", typeId).put("type", typeName)
                    .put("value", i.value()).map());
        }
        return out;
    }
}
