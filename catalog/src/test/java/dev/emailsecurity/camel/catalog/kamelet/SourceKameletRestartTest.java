package dev.emailsecurity.camel.catalog.kamelet;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source Kamelet given a state repository resumes after a restart: it delivers what arrived while it was stopped
 * and nothing again.
 */
class SourceKameletRestartTest {

    static final String ROUTES = "classpath:kamelet-source-checkpointed.camel.yaml";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(7)
            .messageCount(40).validateAgainstSpec(true).build();

    @TempDir
    Path dir;

    @Test
    void theSubmissionsSourceResumesFromItsStateRepository() throws Exception {
        Map<String, String> properties = Map.of("es.checkpoint", dir.resolve("checkpoints.dat").toString());
        List<String> existing = emulator.state().submissions().stream()
                .map(s -> String.valueOf(s.get("submission_id"))).toList();
        Main first = KameletMain.start(ROUTES, emulator, properties);
        try {
            MockEndpoint mock = first.getCamelContext().getEndpoint("mock:submissions", MockEndpoint.class);
            Waits.until("every submission", () -> ids(mock).containsAll(existing));
        } finally {
            first.stop();
        }

        // a team submission filed while the source is stopped
        String messageId = String.valueOf(emulator.state().messages().get(0).get("id"));
        try (CamelContext producer = new DefaultCamelContext()) {
            producer.start();
            producer.createProducerTemplate().requestBody("email-security:reclassifyMessage?expectedDisposition=SPAM"
                                                          + "&accountId=" + emulator.accountId() + "&apiToken="
                                                          + emulator.writeToken() + "&baseUrl=" + emulator.baseUrl(),
                    List.of(messageId));
        }
        List<String> filed = emulator.state().submissions().stream()
                .map(s -> String.valueOf(s.get("submission_id"))).filter(id -> !existing.contains(id)).toList();
        assertThat(filed).hasSize(1);

        Main second = KameletMain.start(ROUTES, emulator, properties);
        try {
            MockEndpoint mock = second.getCamelContext().getEndpoint("mock:submissions", MockEndpoint.class);
            Waits.until("the submission filed while stopped", () -> ids(mock).containsAll(filed));
            Waits.forFurtherCalls(emulator.emulator(), "email_security_submissions", 2); // they must not repeat anything

            assertThat(ids(mock)).as("only the new submission, nothing again").containsExactlyElementsOf(filed);
        } finally {
            second.stop();
        }
        emulator.assertNoContractViolations();
    }

    private static List<String> ids(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map((Exchange e) -> e.getMessage().getHeader("CamelEmailSecurityId", String.class)).toList();
    }
}
