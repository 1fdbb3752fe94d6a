package dev.emailsecurity.camel.format;

import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.model.Submission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An item is built from its model, and a model of another kind is refused, naming both. */
class SecurityItemTest {

    @Test
    void theIdentityComesFromTheModelAndDetectionsStayWithMessagesOnly() {
        MessageDetails m = new MessageDetails();
        m.setId("m1");
        m.setScannedAt("2026-11-18T07:00:00Z");
        MessageDetectionDetails d = new MessageDetectionDetails();
        Submission s = new Submission();
        s.setSubmissionId("s1");

        SecurityItem message = SecurityItem.of(m, d, "acct");
        SecurityItem submission = SecurityItem.of(s, d, "acct");

        assertThat(message.kind()).isEqualTo(SecurityItem.Kind.MESSAGE);
        assertThat(message.id()).isEqualTo("m1");
        assertThat(message.timestamp()).isEqualTo("2026-11-18T07:00:00Z");
        assertThat(message.detections()).isSameAs(d);
        assertThat(message.version()).hasSize(16);
        assertThat(submission.kind()).isEqualTo(SecurityItem.Kind.SUBMISSION);
        assertThat(submission.id()).isEqualTo("s1");
        assertThat(submission.detections()).isNull();
    }

    @Test
    void aModelOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> new SecurityItem(SecurityItem.Kind.REPORT, new Submission(), null, "x", "v", null,
                null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A phishguard-report item takes a PhishGuardReport, not "
                            + Submission.class.getName());
        assertThatThrownBy(() -> SecurityItem.of("text", null, "acct"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not java.lang.String");
    }
}
