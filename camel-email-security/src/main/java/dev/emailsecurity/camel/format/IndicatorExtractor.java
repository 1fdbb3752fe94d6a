package dev.emailsecurity.camel.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.emailsecurity.camel.model.Attachment;
import dev.emailsecurity.camel.model.Finding;
import dev.emailsecurity.camel.model.Link;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.model.PhishGuardReport;

/**
 * The indicators of compromise of an item: URLs from links and findings and their domains, sender and reply-to
 * addresses and domains, sending IPs, attachment names and hashes. De-duplicated (first source wins), normalised.
 */
public final class IndicatorExtractor {

    private static final Pattern URL_IN_TEXT = Pattern.compile("(?i)\\b(?:https?|hxxps?)(?:\\[:]//|\\[://]|://)\\S+");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    private final Map<String, IndicatorType> types = new LinkedHashMap<>();
    private final Map<String, Set<String>> sources = new LinkedHashMap<>();

    private IndicatorExtractor() {
    }

    /** The indicators of one item, in a stable order. */
    public static List<Indicator> extract(SecurityItem item) {
        IndicatorExtractor x = new IndicatorExtractor();
        if (item.message() != null) {
            x.message(item.message());
        } else if (item.model() instanceof PhishGuardReport r && r.getFields() != null) {
            x.email(r.getFields().getFrom(), "fields.from");
        }
        if (item.detections() != null) {
            x.detections(item.detections());
        }
        List<Indicator> out = new ArrayList<>();
        x.types.forEach((key, type) -> out.add(new Indicator(type, key.substring(key.indexOf('|') + 1),
                List.copyOf(x.sources.get(key)))));
        return out;
    }

    @SuppressWarnings("deprecation")
    private void message(MessageDetails m) {
        email(m.getFrom(), "from");
        email(m.getEnvelopeFrom(), "envelope_from");
        email(m.getReplyto(), "replyto");
        ip(m.getXOriginatingIp(), "x_originating_ip");
        ip(m.getSmtpPreviousHopIp(), "smtp_previous_hop_ip");
        ip(m.getSmtpHeloServerIp(), "smtp_helo_server_ip");
        findings(m.getFindings(), "findings.");
    }

    private void detections(MessageDetectionDetails d) {
        if (d.getLinks() != null) {
            for (Link link : d.getLinks()) {
                url(link.getHref(), "detections.links.href");
            }
        }
        findings(d.getFindings(), "detections.findings.");
        if (d.getAttachments() != null) {
            for (Attachment a : d.getAttachments()) {
                add(IndicatorType.FILE_NAME, a.getFilename() != null ? a.getFilename() : a.getName(),
                        "detections.attachments.filename");
                hash(IndicatorType.MD5, a.getMd5(), 32);
                hash(IndicatorType.SHA1, a.getSha1(), 40);
                hash(IndicatorType.SHA256, a.getSha256(), 64);
            }
        }
        if (d.getSenderInfo() != null) {
            ip(d.getSenderInfo().getIp(), "detections.sender_info.ip");
            domain(d.getSenderInfo().getPld(), "detections.sender_info.pld");
        }
    }

    private void findings(List<Finding> findings, String prefix) {
        if (findings == null) {
            return;
        }
        for (Finding f : findings) {
            for (String text : new String[] { f.getValue(), f.getDetail() }) {
                if (text == null) {
                    continue;
                }
                Matcher urls = URL_IN_TEXT.matcher(text);
                boolean anyUrl = false;
                while (urls.find()) {
                    url(urls.group(), prefix + (text == f.getValue() ? "value" : "detail"));
                    anyUrl = true;
                }
                if (!anyUrl && text == f.getValue()) {
                    String v = text.trim();
                    if (Refang.isIp(Refang.text(v))) {
                        ip(v, prefix + "value");
                    } else if (Addresses.address(v) != null) {
                        email(v, prefix + "value");
                    } else {
                        domain(v, prefix + "value");
                    }
                }
            }
        }
    }

    private void url(String value, String source) {
        String url = Refang.url(value);
        if (url != null) {
            add(IndicatorType.URL, url, source);
            String host = Refang.hostOf(url);
            if (Refang.isIp(host)) {
                add(IndicatorType.IP_ADDRESS, host, source);
            } else {
                domain(host, source);
            }
        }
    }

    private void email(String value, String source) {
        String address = Addresses.address(value);
        if (address != null) {
            add(IndicatorType.EMAIL_ADDRESS, address, source);
            domain(Addresses.domain(address), source);
        }
    }

    private void domain(String value, String source) {
        add(IndicatorType.DOMAIN, Refang.domain(value), source);
    }

    private void ip(String value, String source) {
        String v = value == null ? null : Refang.text(value).toLowerCase(Locale.ROOT);
        add(IndicatorType.IP_ADDRESS, Refang.isIp(v) ? v : null, source);
    }

    private void hash(IndicatorType type, String value, int length) {
        String v = value == null ? null : value.trim().toLowerCase(Locale.ROOT);
        add(type, v != null && v.length() == length && HEX.matcher(v).matches() ? v : null,
                "detections.attachments." + type.name().toLowerCase(Locale.ROOT));
    }

    private void add(IndicatorType type, String value, String source) {
        if (value != null && !value.isBlank()) {
            String key = type + "|" + value;
            types.putIfAbsent(key, type);
            sources.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(source);
        }
    }
}
