package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Must-show 3: credentials, scope and the request budget. */
class AuthAndRateLimitTest {

    private static final ManualClock CLOCK = new ManualClock();

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().clock(CLOCK).build();

    @Test
    void bearerTokenAndKeyPlusEmailAreAccepted(EmailSecurityEmulator e) {
        Api api = new Api(e);
        assertThat(api.get("/submissions").status()).isEqualTo(200);
        assertThat(api.readOnly().get("/submissions").status()).isEqualTo(200);
        Api key = api.as("X-Auth-Key", e.apiKey(), "X-Auth-Email", e.apiEmail());
        assertThat(key.get("/submissions").status()).isEqualTo(200);
        assertThat(key.post("/settings/url_ignore_patterns", "{\"pattern\":\"https://a\\\\.example/.*\"}").status())
                .isEqualTo(201);
        RecordedCall call = e.calls().get(0);
        assertThat(call.requestHeaders().get("Authorization").get(0)).startsWith("Bearer ****")
                .doesNotContain(e.writeToken());
        assertThat(e.calls().get(3).requestHeaders().get("X-auth-key").get(0)).doesNotContain(e.apiKey());
    }

    @Test
    void badOrMissingCredentialsGet401WithTheErrorEnvelope(EmailSecurityEmulator e) {
        Api api = new Api(e);
        for (Api bad : new Api[] {api.as("Authorization", "Bearer nope"), api.as(),
            api.as("X-Auth-Key", "wrong", "X-Auth-Email", e.apiEmail())}) {
            Api.Resp r = bad.get("/investigate");
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("success").asBoolean()).isFalse();
            assertThat(r.json().get("errors").get(0).get("code").asInt()).isEqualTo(10000);
            assertThat(r.json().get("errors").get(0).get("message").asText()).startsWith("Authentication error");
            assertThat(r.json().get("result").isNull()).isTrue();
        }
    }

    @Test
    void readTokenGets403OnAMutatingCall(EmailSecurityEmulator e) {
        Api read = new Api(e).readOnly();
        String id = (String) e.state().messages().get(0).get("id");
        Api.Resp r = read.post("/investigate/" + id + "/move", "{\"destination\":\"Inbox\"}");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("success").asBoolean()).isFalse();
        assertThat(read.delete("/settings/domains/x").status()).isEqualTo(403);
        assertThat(e.state().moves()).isEmpty();
    }

    @Test
    void wrongAccountIdGets403(EmailSecurityEmulator e) {
        Api.Resp r = new Api(e).send("GET", e.baseUrl() + "/accounts/ffffffffffffffffffffffffffffffff/"
                + "email-security/investigate", null);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("errors").get(0).get("code").asInt()).isEqualTo(9109);
    }

    @Test
    void everyResponseCarriesRateLimitHeaders(EmailSecurityEmulator e) {
        Api.Resp r = new Api(e).get("/phishguard/reports");
        assertThat(r.header("Ratelimit")).matches("\"default\";r=1199;t=\\d+");
        assertThat(r.header("Ratelimit-Policy")).isEqualTo("\"default\";q=1200;w=300");
    }

    @Test
    void spentBudgetGives429WithRetryAfterPerCredential(EmailSecurityEmulator e) {
        e.setRateLimit(3, Duration.ofSeconds(2));
        Api api = new Api(e);
        for (int i = 2; i >= 0; i--) {
            Api.Resp ok = api.get("/submissions");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("Ratelimit")).startsWith("\"default\";r=" + i + ";t=");
        }
        Api.Resp limited = api.get("/submissions");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("2");
        assertThat(limited.header("Ratelimit")).startsWith("\"default\";r=0;t=");
        assertThat(limited.header("Ratelimit-Policy")).isEqualTo("\"default\";q=3;w=2");
        assertThat(limited.json().get("success").asBoolean()).isFalse();
        assertThat(limited.json().get("errors").get(0).get("code").asInt()).isGreaterThanOrEqualTo(1000);
        // another credential has its own budget
        assertThat(api.readOnly().get("/submissions").status()).isEqualTo(200);
        CLOCK.advance(Duration.ofMillis(1999));
        assertThat(api.get("/submissions").status()).isEqualTo(429);
        CLOCK.advance(Duration.ofMillis(1));
        assertThat(api.get("/submissions").status()).isEqualTo(200);
    }
}
