package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fault injection over real HTTP. */
class FaultsTest {

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().build();

    @Test
    void nextNCallsOfOneOperationAnswer429(EmailSecurityEmulator e) {
        e.faults().next(2).forOperation("email_security_investigate").respond429(Duration.ofMillis(1500));
        Api api = new Api(e);
        assertThat(api.get("/submissions").status()).isEqualTo(200);
        Api.Resp first = api.get("/investigate");
        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("2");
        assertThat(first.json().get("success").asBoolean()).isFalse();
        assertThat(api.get("/investigate").status()).isEqualTo(429);
        assertThat(api.get("/investigate").status()).isEqualTo(200);
        e.faults().next(1).respond429RetryAfterMs(250);
        assertThat(api.get("/submissions").header("retry-after-ms")).isEqualTo("250");
    }

    @Test
    void statusHtmlMalformedAndSuccessFalse(EmailSecurityEmulator e) {
        Api api = new Api(e);
        e.faults().next(1).withHeader("x-should-retry", "true").respondStatus(503);
        Api.Resp r503 = api.get("/submissions");
        assertThat(r503.status()).isEqualTo(503);
        assertThat(r503.header("x-should-retry")).isEqualTo("true");
        assertThat(r503.json().get("success").asBoolean()).isFalse();
        e.faults().next(1).respondHtml(502);
        Api.Resp html = api.get("/submissions");
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.raw().body()).startsWith("<!DOCTYPE html>");
        e.faults().next(1).malformedJson();
        Api.Resp malformed = api.get("/submissions");
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(malformed.json()).isNull();
        e.faults().next(1).successFalseAt200();
        Api.Resp sf = api.get("/submissions");
        assertThat(sf.status()).isEqualTo(200);
        assertThat(sf.json().get("success").asBoolean()).isFalse();
        assertThat(e.faults().pending()).isZero();
    }

    @Test
    void resetConnection(EmailSecurityEmulator e) {
        Api api = new Api(e);
        // java.net.http retries a GET once after a dropped connection, so drop both attempts
        e.faults().next(2).resetConnection();
        assertThatThrownBy(() -> api.get("/submissions")).isInstanceOf(UncheckedIOException.class);
        assertThat(e.calls().get(0).status()).isZero();
    }

    @Test
    void delayHoldsTheResponseLongerThanAClientWaits(EmailSecurityEmulator e) {
        // a 2 s delay against a 100 ms client timeout: the client gives up whatever the machine's speed
        e.faults().next(1).forOperation("email_security_submissions").delay(Duration.ofSeconds(2));
        Api impatient = new Api(e).timeout(Duration.ofMillis(100));
        assertThatThrownBy(() -> impatient.get("/submissions")).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(HttpTimeoutException.class);
        // the server still completes the call once the delay is over, and the fault is spent
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(e.calls()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(200)));
        assertThat(e.faults().pending()).isZero();
        assertThat(impatient.get("/submissions").status()).isEqualTo(200);
    }

    @Test
    void loseResponseAppliesTheReleaseButSendsNothing(EmailSecurityEmulator e) {
        String id = e.state().messages().stream().filter(m -> (Boolean) m.get("is_quarantined"))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
        e.faults().next(1).forOperation("email_security_post_release").loseResponse();
        Api api = new Api(e);
        assertThatThrownBy(() -> api.post("/investigate/release", "[\"" + id + "\"]"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(e.state().releasedIds()).containsExactly(id);
        assertThat(e.state().message(id).get("is_quarantined")).isEqualTo(false);
        assertThat(e.callCount("email_security_post_release")).isEqualTo(1);
        assertThat(api.get("/investigate/" + id + "/action_log").result()).hasSize(1);
    }

    @Test
    void tooManyIdsIn1CallGets400(EmailSecurityEmulator e) {
        e.setMaxIdsPerAction(2);
        Api.Resp r = new Api(e).post("/investigate/release", "[\"a\",\"b\",\"c\"]");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains("at most 2");
    }
}
