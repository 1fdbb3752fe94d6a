package dev.emailsecurity.camel.catalog.kamelet;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages source Kamelet's {@code finalDisposition} takes several values: {@code MALICIOUS,SPOOF} delivers the
 * messages of either disposition, each once, oldest first, and no other (the emulator's state is fixed here).
 */
class SourceKameletFilterTest {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(42)
            .messageCount(120).validateAgainstSpec(true).build();

    Main main;

    @AfterEach
    void stopCamel() {
        if (main != null) {
            main.stop();
        }
    }

    @Test
    void deliversTheMessagesOfEitherDispositionOnceOldestFirst() throws Exception {
        List<String> union = emulator.state().messages().stream()
                .filter(m -> Set.of("MALICIOUS", "SPOOF").contains(m.get("final_disposition")))
                .sorted(Comparator.comparing((Map<String, Object> m) -> Instant.parse((String) m.get("scanned_at")))
                        .thenComparing(m -> (String) m.get("id")))
                .map(m -> (String) m.get("id")).toList();
        assertThat(union).isNotEmpty();

        main = KameletMain.start("classpath:kamelet-source-filtered.camel.yaml", emulator);
        MockEndpoint mock = main.getCamelContext().getEndpoint("mock:malicious-or-spoof", MockEndpoint.class);
        Waits.until("the MALICIOUS and SPOOF messages", () -> mock.getReceivedCounter() >= union.size());
        Waits.forFurtherCalls(emulator.emulator(), "email_security_investigate", 4);

        List<String> received = mock.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader("CamelEmailSecurityId", String.class)).toList();
        assertThat(received).containsExactlyElementsOf(union);
        assertThat(mock.getReceivedExchanges()).allSatisfy(e -> assertThat(
                e.getMessage().getBody(MessageDetails.class).getFinalDisposition()).isIn("MALICIOUS", "SPOOF"));
        System.out.println("Kamelet finalDisposition=MALICIOUS,SPOOF: " + received.size() + " messages, oldest first");
        emulator.assertNoContractViolations();
    }
}
