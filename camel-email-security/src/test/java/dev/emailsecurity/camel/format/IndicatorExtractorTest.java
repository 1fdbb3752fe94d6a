package dev.emailsecurity.camel.format;

import java.util.List;

import dev.emailsecurity.camel.model.Attachment;
import dev.emailsecurity.camel.model.Finding;
import dev.emailsecurity.camel.model.Link;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.model.SenderInfo;
import dev.emailsecurity.camel.model.Submission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Indicators: refanged, normalised, de-duplicated, every source kept. */
class IndicatorExtractorTest {

    @Test
    void defangedUrlsDomainsAndAddressesAreRefangedNormalisedAndDeduplicated() {
        MessageDetails m = new MessageDetails();
        m.setId("m1");
        m.setFrom("Pay Desk <billing@Evil-Pay[.]Example>");
        m.setReplyto("collect(at)evil-pay.example");
        m.setXOriginatingIp("203.0.113[.]7");
        m.setSmtpPreviousHopIp("203.0.113.7");
        Finding f = new Finding();
        f.setValue("hxxps[://]Login.Evil-Pay[.]example/Reset?id=A1");
        f.setDetail("see hxxp://cdn(.)evil-pay.example/a.js");
        m.setFindings(List.of(f));
        MessageDetectionDetails d = new MessageDetectionDetails();
        Link link = new Link();
        link.setHref("HTTPS://LOGIN.EVIL-PAY.EXAMPLE/Reset?id=A1");
        Link garbage = new Link();
        garbage.setHref("not a url");
        d.setLinks(List.of(link, garbage));
        Attachment a = new Attachment();
        a.setFilename("Invoice.docm");
        a.setSha256("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789");
        a.setMd5("short");
        d.setAttachments(List.of(a));
        SenderInfo s = new SenderInfo();
        s.setPld("EVIL-PAY.example");
        d.setSenderInfo(s);

        List<Indicator> indicators = IndicatorExtractor.extract(SecurityItem.of(m, d, "acc"));

        assertThat(indicators).extracting(Indicator::type, Indicator::value).containsExactly(
                tuple(IndicatorType.EMAIL_ADDRESS, "billing@evil-pay.example"),
                tuple(IndicatorType.DOMAIN, "evil-pay.example"),
                tuple(IndicatorType.EMAIL_ADDRESS, "collect@evil-pay.example"),
                tuple(IndicatorType.IP_ADDRESS, "203.0.113.7"),
                tuple(IndicatorType.URL, "https://login.evil-pay.example/Reset?id=A1"),
                tuple(IndicatorType.DOMAIN, "login.evil-pay.example"),
                tuple(IndicatorType.URL, "http://cdn.evil-pay.example/a.js"),
                tuple(IndicatorType.DOMAIN, "cdn.evil-pay.example"),
                tuple(IndicatorType.FILE_NAME, "Invoice.docm"),
                tuple(IndicatorType.SHA256, "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"));
        Indicator ip = indicators.stream().filter(i -> i.type() == IndicatorType.IP_ADDRESS).findFirst().orElseThrow();
        assertThat(ip.sources()).containsExactly("x_originating_ip", "smtp_previous_hop_ip");
        Indicator url = indicators.stream().filter(i -> i.type() == IndicatorType.URL).findFirst().orElseThrow();
        assertThat(url.sources()).containsExactly("findings.value", "detections.links.href");
        Indicator domain = indicators.get(1);
        assertThat(domain.sources()).contains("from", "replyto", "detections.sender_info.pld");
    }

    @Test
    void anItemThatIsNoMessageSubmissionOrReportIsRefusedNamingItsType() {
        assertThatThrownBy(() -> SecurityItem.of("text", null, "acc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String")
                .hasMessageContaining("MessageDetails, Submission or PhishGuardReport");
    }

    @Test
    void ocsfRefusesASubmissionNamingTheDataTypesThatTakeIt() {
        Submission s = new Submission();
        s.setSubmissionId("sub-1");
        assertThatThrownBy(() -> SecurityFormats.ocsf(SecurityItem.of(s, null, "acc")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sub-1")
                .hasMessageContaining("email-security:application-ecs+json");
    }
}
