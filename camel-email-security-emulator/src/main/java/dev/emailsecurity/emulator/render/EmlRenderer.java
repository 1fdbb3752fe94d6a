package dev.emailsecurity.emulator.render;

import dev.emailsecurity.emulator.store.StoredMessage;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/** Renders a complete RFC 5322 / MIME message (.eml) for a {@link StoredMessage}. */
public final class EmlRenderer {

    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private EmlRenderer() {
    }

    static String authResults(StoredMessage m) {
        return "mx.acme-corp.com; spf=" + m.spf + " smtp.mailfrom=" + m.senderDomain + "; dkim=" + m.dkim
                + " header.d=" + m.senderDomain + "; dmarc=" + m.dmarc + " header.from=" + m.senderDomain;
    }

    public static String render(StoredMessage m) {
        String boundary = "=_mixed_" + m.postfixId;
        String alt = "=_alt_" + m.postfixId;
        StringBuilder sb = new StringBuilder(2048);
        header(sb, "Return-Path", "<" + m.from + ">");
        header(sb, "Received", "from mail." + m.senderDomain + " (mail." + m.senderDomain + " [" + m.senderIp
                + "]) by mx.acme-corp.com with ESMTPS id " + m.postfixId + "; " + RFC_1123.format(m.scannedAt));
        header(sb, "Authentication-Results", authResults(m));
        header(sb, "From", "\"" + m.fromName + "\" <" + m.from + ">");
        header(sb, "To", String.join(", ", m.to));
        header(sb, "Subject", m.subject);
        header(sb, "Date", RFC_1123.format(m.sentAt));
        header(sb, "Message-ID", m.messageId);
        header(sb, "MIME-Version", "1.0");
        header(sb, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
        sb.append("\r\n");
        sb.append("--").append(boundary).append("\r\n");
        header(sb, "Content-Type", "multipart/alternative; boundary=\"" + alt + "\"");
        sb.append("\r\n");
        sb.append("--").append(alt).append("\r\n");
        header(sb, "Content-Type", "text/plain; charset=UTF-8");
        header(sb, "Content-Transfer-Encoding", "8bit");
        sb.append("\r\n").append(m.body.replace("\n", "\r\n")).append("\r\n");
        m.links.forEach(l -> sb.append(l.text()).append(": ").append(l.href()).append("\r\n"));
        sb.append("--").append(alt).append("\r\n");
        header(sb, "Content-Type", "text/html; charset=UTF-8");
        sb.append("\r\n<html><body><p>").append(m.body.replace("\n", "<br>")).append("</p>");
        m.links.forEach(l -> sb.append("<a href=\"").append(l.href()).append("\">").append(l.text()).append("</a>"));
        sb.append("</body></html>\r\n");
        sb.append("--").append(alt).append("--\r\n");
        for (StoredMessage.Attachment a : m.attachments) {
            sb.append("--").append(boundary).append("\r\n");
            header(sb, "Content-Type", a.contentType() + "; name=\"" + a.filename() + "\"");
            header(sb, "Content-Disposition", "attachment; filename=\"" + a.filename() + "\"");
            header(sb, "Content-Transfer-Encoding", "base64");
            byte[] content = ("emulated attachment " + a.filename() + " sha256=" + a.sha256())
                    .getBytes(StandardCharsets.UTF_8);
            sb.append("\r\n").append(Base64.getMimeEncoder().encodeToString(content)).append("\r\n");
        }
        sb.append("--").append(boundary).append("--\r\n");
        return sb.toString();
    }

    private static void header(StringBuilder sb, String name, String value) {
        sb.append(name).append(": ").append(value).append("\r\n");
    }
}
