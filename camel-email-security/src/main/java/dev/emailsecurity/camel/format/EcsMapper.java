package dev.emailsecurity.camel.format;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.model.Attachment;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.model.PhishGuardReport;
import dev.emailsecurity.camel.model.PhishGuardReportFields;
import dev.emailsecurity.camel.model.SenderInfo;
import dev.emailsecurity.camel.model.Submission;
import dev.emailsecurity.camel.json.JsonCodec;

/**
 * An item as an Elastic Common Schema (ECS 9.4) document. Only fields ECS defines are written; what has no ECS field
 * stays in {@code event.original} (the item's JSON, not indexed), so nothing is lost.
 */
final class EcsMapper {

    static final String ECS_VERSION = "9.4.0";

    private EcsMapper() {
    }

    static Map<String, Object> map(SecurityItem item, List<Indicator> indicators, Coverage cov) {
        Obj doc = new Obj();
        Obj event = new Obj().put("id", item.id()).put("module", "cloudflare")
                .put("dataset", "cloudflare.email_security." + item.kind().eventName().replace('-', '_'))
                .put("provider", "email-security");
        switch (item.kind()) {
            case MESSAGE -> message(item, doc, event, cov);
            case SUBMISSION -> submission((Submission) item.model(), doc, event, cov);
            case REPORT -> report((PhishGuardReport) item.model(), doc, event, cov);
        }
        event.put("severity", Verdict.severityId(item.disposition()))
                .put("original", JsonCodec.toJson(item.model()));
        doc.put("event", event)
                .put("ecs", new Obj().put("version", ECS_VERSION))
                .put("observer", new Obj().put("vendor", "Cloudflare").put("product", "Email Security"))
                .put("cloud", new Obj().put("provider", "cloudflare").put("account", new Obj().put("id", item.accountId())));
        indicators(doc, indicators, cov);
        return doc.map();
    }

    private static void message(SecurityItem item, Obj doc, Obj event, Coverage cov) {
        MessageDetails m = item.message();
        MessageDetectionDetails d = item.detections();
        if (d != null) {
            cov.take("detections.final_disposition", d.getFinalDisposition());
        }
        String disposition = cov.take("final_disposition", item.disposition());
        boolean threat = Verdict.isThreat(disposition);
        boolean quarantined = Boolean.TRUE.equals(cov.take("is_quarantined", m.isQuarantined()));
        cov.take("id", m.getId());
        doc.put("@timestamp", cov.take("scanned_at", m.getScannedAt()))
                .put("tags", tags(m, d, cov));
        event.put("kind", threat ? "alert" : "event")
                .put("category", threat ? List.of("email", "threat") : List.of("email"))
                .put("type", List.of(quarantined ? "denied" : "allowed", "info"))
                .put("action", quarantined ? "quarantined" : "delivered")
                .put("outcome", "success")
                .put("reason", String.join("; ", cov.take("detection_reasons", Verdict.orEmpty(m.getDetectionReasons()))));
        Obj email = new Obj()
                .put("local_id", cov.take("postfix_id", m.getPostfixId()))
                .put("message_id", cov.take("message_id", m.getMessageId()))
                .put("subject", cov.take("subject", m.getSubject()))
                .put("direction", "inbound")
                .put("origination_timestamp", cov.take("sent_at", m.getSentAt()))
                .put("from", new Obj().put("address", list(Addresses.address(cov.take("from", m.getFrom())))))
                .put("sender", new Obj().put("address", Addresses.address(cov.take("envelope_from", m.getEnvelopeFrom()))))
                .put("reply_to", new Obj().put("address", list(Addresses.address(cov.take("replyto", m.getReplyto())))))
                .put("to", new Obj().put("address", Addresses.list(cov.take("to", m.getTo()))))
                .put("attachments", d == null ? null : attachments(d, cov));
        doc.put("email", email);
        if (d != null) {
            doc.put("file", primaryFile(d));
        }
        Obj source = new Obj().put("ip", cov.take("x_originating_ip", m.getXOriginatingIp()));
        SenderInfo s = d == null ? null : d.getSenderInfo();
        if (s != null) {
            source.put("domain", cov.take("detections.sender_info.pld", s.getPld()))
                    .put("as", new Obj().put("number", cov.take("detections.sender_info.as_number", s.getAsNumber()))
                            .put("organization", new Obj().put("name", cov.take("detections.sender_info.as_name", s.getAsName()))))
                    .put("geo", new Obj().put("country_iso_code", cov.take("detections.sender_info.geo", s.getGeo())));
        }
        doc.put("source", source);
        Verdict.Technique t = Verdict.technique(disposition, d);
        if (t != null) {
            doc.put("threat", new Obj().put("framework", "MITRE ATT&CK")
                    .put("tactic", new Obj().put("id", List.of(t.tacticId())).put("name", List.of(t.tacticName())))
                    .put("technique", new Obj().put("id", List.of(t.techniqueId())).put("name", List.of(t.techniqueName()))
                            .put("subtechnique", t.subId() == null ? null
                                    : new Obj().put("id", List.of(t.subId())).put("name", List.of(t.subName())))));
        }
    }

    /** The threat categories of the message and of its detection details, as ECS tags. */
    private static List<String> tags(MessageDetails m, MessageDetectionDetails d, Coverage cov) {
        Set<String> tags = new LinkedHashSet<>(cov.take("threat_categories", Verdict.orEmpty(m.getThreatCategories())));
        if (d != null) {
            Verdict.orEmpty(d.getThreatCategories()).forEach(c -> tags.add(cov.take("detections.threat_categories.name", c.getName())));
        }
        tags.remove(null);
        return List.copyOf(tags);
    }

    private static void submission(Submission s, Obj doc, Obj event, Coverage cov) {
        doc.put("@timestamp", cov.take("requested_at", s.getRequestedAt()));
        cov.take("submission_id", s.getSubmissionId());
        event.put("kind", "event").put("category", List.of("email")).put("type", List.of("info"))
                .put("action", "submission")
                .put("outcome", s.getOutcome() == null ? "unknown" : "success")
                .put("reason", cov.take("outcome", s.getOutcome()));
        doc.put("email", new Obj().put("subject", cov.take("subject", s.getSubject()))
                .put("local_id", cov.take("original_postfix_id", s.getOriginalPostfixId())))
                .put("user", new Obj().put("name", cov.take("requested_by", s.getRequestedBy())));
    }

    private static void report(PhishGuardReport r, Obj doc, Obj event, Coverage cov) {
        PhishGuardReportFields f = r.getFields() == null ? new PhishGuardReportFields() : r.getFields();
        boolean threat = Verdict.isThreat(cov.take("disposition", r.getDisposition() == null ? null
                : r.getDisposition().toUpperCase(Locale.ROOT)));
        cov.take("id", r.getId());
        doc.put("@timestamp", cov.take("created_at", r.getCreatedAt()))
                .put("message", cov.take("content", r.getContent()));
        event.put("kind", threat ? "alert" : "event")
                .put("category", threat ? List.of("email", "threat") : List.of("email"))
                .put("type", List.of("info")).put("action", "phishguard-report")
                .put("reason", cov.take("title", r.getTitle()))
                .put("start", cov.take("fields.occurred_at", f.getOccurredAt()));
        doc.put("email", new Obj().put("local_id", cov.take("fields.postfix_id", f.getPostfixId()))
                .put("from", new Obj().put("address", list(Addresses.address(cov.take("fields.from", f.getFrom())))))
                .put("to", new Obj().put("address", Addresses.list(cov.take("fields.to", f.getTo())))));
    }

    private static List<Map<String, Object>> attachments(MessageDetectionDetails d, Coverage cov) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Attachment a : Verdict.orEmpty(d.getAttachments())) {
            out.add(new Obj().put("file", file(a, cov)).map());
        }
        return out;
    }

    /** The attachment the detection is about (the first one detected as a threat, else the first), for file.*. */
    private static Obj primaryFile(MessageDetectionDetails d) {
        List<Attachment> all = Verdict.orEmpty(d.getAttachments());
        return all.stream().filter(a -> Verdict.isThreat(a.getDetection())).findFirst()
                .or(() -> all.stream().findFirst()).map(a -> file(a, Coverage.NONE)).orElse(null);
    }

    private static Obj file(Attachment a, Coverage cov) {
        String p = Coverage.DETECTIONS + "attachments.";
        cov.take(p + "name", a.getName());
        String name = a.getFilename() != null ? cov.take(p + "filename", a.getFilename()) : a.getName();
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return new Obj().put("name", name)
                .put("extension", dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : null)
                .put("mime_type", cov.take(p + "content_type", a.getContentType()))
                .put("size", cov.take(p + "size", a.getSize()))
                .put("hash", new Obj().put("md5", cov.take(p + "md5", a.getMd5()))
                        .put("sha1", cov.take(p + "sha1", a.getSha1()))
                        .put("sha256", cov.take(p + "sha256", a.getSha256())));
    }

    /** related.*, threat.enrichments (one per indicator), and url.* for the first URL. */
    private static void indicators(Obj doc, List<Indicator> indicators, Coverage cov) {
        Set<String> ips = new LinkedHashSet<>();
        Set<String> hosts = new LinkedHashSet<>();
        Set<String> hashes = new LinkedHashSet<>();
        List<Map<String, Object>> enrichments = new ArrayList<>();
        Obj url = null;
        for (Indicator i : indicators) {
            i.sources().forEach(source -> cov.take(source, i.value()));
            Obj indicator = new Obj();
            switch (i.type()) {
                case URL -> {
                    indicator.put("type", "url").put("url", new Obj().put("full", i.value()));
                    if (url == null) {
                        url = new Obj().put("full", i.value()).put("domain", Refang.hostOf(i.value()));
                    }
                }
                case DOMAIN -> {
                    hosts.add(i.value());
                    indicator.put("type", "domain-name").put("url", new Obj().put("domain", i.value()));
                }
                case EMAIL_ADDRESS -> indicator.put("type", "email-addr").put("email", new Obj().put("address", i.value()));
                case IP_ADDRESS -> {
                    ips.add(i.value());
                    indicator.put("type", i.value().contains(":") ? "ipv6-addr" : "ipv4-addr").put("ip", i.value());
                }
                case FILE_NAME -> indicator.put("type", "file").put("file", new Obj().put("name", i.value()));
                case MD5, SHA1, SHA256 -> {
                    hashes.add(i.value());
                    indicator.put("type", "file").put("file", new Obj().put("hash",
                            new Obj().put(i.type().name().toLowerCase(Locale.ROOT), i.value())));
                }
            }
            enrichments.add(new Obj().put("indicator", indicator).map());
        }
        doc.put("related", new Obj().put("ip", List.copyOf(ips)).put("hosts", List.copyOf(hosts))
                .put("hash", List.copyOf(hashes)));
        if (!enrichments.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> threat = (Map<String, Object>) doc.map().computeIfAbsent("threat", k -> new Obj().map());
            threat.put("enrichments", enrichments);
        }
        doc.put("url", url);
    }

    private static List<String> list(String value) {
        return value == null ? List.of() : List.of(value);
    }

}
