package dev.emailsecurity.camel.catalog.kamelet;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source Kamelets the component jar ships run in-process (camel-main, camel-yaml-dsl, camel-kamelet) against an
 * emulator in live mode (new mail every 200 ms): the messages source delivers the new messages and a message again
 * when it changes; the submissions source delivers the submissions.
 */
class SourceKameletRunTest {

    static final String ROUTES = "classpath:kamelet-sources.camel.yaml";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(7)
            .messageCount(40).live(Duration.ofMillis(200), 2).validateAgainstSpec(true).build();

    Main main;
    Set<String> seeded;

    @BeforeEach
    void startCamel() throws Exception {
        seeded = ids("id", emulator.state().messages());
        main = KameletMain.start(ROUTES, emulator);
    }

    @AfterEach
    void stopCamel() {
        main.stop();
    }

    @Test
    void theMessagesSourceDeliversNewMessagesAndAgainWhenOneChanges() throws Exception {
        MockEndpoint messages = main.getCamelContext().getEndpoint("mock:messages", MockEndpoint.class);
        Waits.until("new messages", () -> messages.getReceivedCounter() >= 4);

        Exchange first = messages.getReceivedExchanges().get(0);
        String id = first.getMessage().getHeader("CamelEmailSecurityId", String.class);
        assertThat(id).as("startFrom=now: only mail the emulator received after the start").isNotIn(seeded);
        assertThat(ids("id", emulator.state().messages())).contains(id);
        assertThat(first.getMessage().getHeader("CamelEmailSecurityChange")).isNull();

        String disposition = String.valueOf(emulator.state().message(id).get("final_disposition"));
        emulator.state().reclassify(id, "SPAM".equals(disposition) ? "BULK" : "SPAM");
        Waits.until("the change of " + id, () -> received(messages, id).size() >= 2);

        Exchange change = received(messages, id).get(1);
        assertThat(change.getMessage().getHeader("CamelEmailSecurityChange", String.class)).contains("disposition");
        emulator.assertNoContractViolations();
    }

    @Test
    void theSubmissionsSourceDeliversTheSubmissions() throws Exception {
        Set<String> existing = ids("submission_id", emulator.state().submissions());
        assertThat(existing).isNotEmpty();
        MockEndpoint submissions = main.getCamelContext().getEndpoint("mock:submissions", MockEndpoint.class);

        Waits.until("every submission", () -> headers(submissions).containsAll(existing));

        assertThat(submissions.getReceivedExchanges()).allSatisfy(
                e -> assertThat(e.getMessage().getBody().getClass().getSimpleName()).isEqualTo("Submission"));
        emulator.assertNoContractViolations();
    }

    private static List<Exchange> received(MockEndpoint mock, String id) {
        return mock.getReceivedExchanges().stream()
                .filter(e -> id.equals(e.getMessage().getHeader("CamelEmailSecurityId", String.class))).toList();
    }

    private static Set<String> headers(MockEndpoint mock) {
        Set<String> ids = new HashSet<>();
        mock.getReceivedExchanges().forEach(e -> ids.add(e.getMessage().getHeader("CamelEmailSecurityId", String.class)));
        return ids;
    }

    private static Set<String> ids(String field, List<Map<String, Object>> items) {
        Set<String> ids = new HashSet<>();
        items.forEach(i -> ids.add(String.valueOf(i.get(field))));
        return ids;
    }
}
