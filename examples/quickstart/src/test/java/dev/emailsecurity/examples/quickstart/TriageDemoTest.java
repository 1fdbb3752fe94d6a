package dev.emailsecurity.examples.quickstart;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README demo, end to end against the emulator: it prints the triage and really releases one message. */
class TriageDemoTest {

    @Test
    void triageSearchesInspectsAndReleasesOneFalsePositive() throws Exception {
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).seed(42).build().start()) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            CountDownLatch done = new CountDownLatch(1);
            TriageRoutes routes = new TriageRoutes(new PrintStream(printed, true, StandardCharsets.UTF_8), done);
            try (CamelContext camel = new DefaultCamelContext()) {
                EmailSecurityConfiguration config = camel.getComponent("email-security", EmailSecurityComponent.class)
                        .getConfiguration();
                config.setBaseUrl(emulator.baseUrl());
                config.setAccountId(emulator.accountId());
                config.setApiToken(emulator.writeToken());
                camel.addRoutes(routes);
                camel.start();
                assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            }
            String output = printed.toString(StandardCharsets.UTF_8);
            System.out.println(output);

            assertThat(routes.failure()).isNull();
            assertThat(output).contains("Searched the last 30 days", "MALICIOUS ", "SPF ", "Releasing false positive",
                    "delivered to", "Summary: 3 malicious inspected, 1 released");
            assertThat(emulator.callCount("email_security_get_message_detections")).isEqualTo(TriageRoutes.INSPECT);
            assertThat(emulator.state().releasedIds()).hasSize(1);
            assertThat(output).contains(emulator.state().releasedIds().get(0));
        }
    }
}
