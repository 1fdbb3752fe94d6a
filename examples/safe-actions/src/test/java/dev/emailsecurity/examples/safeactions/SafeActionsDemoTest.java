package dev.emailsecurity.examples.safeactions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.MovedMessage;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example end to end against the emulator: malicious mail is moved with the disposition guard (a message
 * re-classified between the search and the move is skipped, not moved), every message gets a ticket line, and the
 * confirmed false positives are released.
 */
class SafeActionsDemoTest {

    @TempDir
    Path tickets;

    @Test
    void movesMaliciousMailWithTheGuardTicketsItAndReleasesConfirmedFalsePositives() throws Exception {
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).seed(42).build().start()) {
            List<String> malicious = idsWith(emulator, "MALICIOUS");
            String changedMeanwhile = malicious.get(0);

            SafeActionsDemo.run(emulator.baseUrl(), emulator.accountId(), emulator.writeToken(), tickets, emulator,
                    camel -> AdviceWith.adviceWith(camel, "contain", a -> a.weaveByToUri("email-security:moveMessages*")
                            .before().process(e -> emulator.state().reclassify(changedMeanwhile, "SPAM"))));

            // moved: every malicious message except the one re-classified after the search; the guard was sent
            Set<String> moved = emulator.state().moves().stream().map(MovedMessage::investigateId)
                    .collect(Collectors.toSet());
            assertThat(moved).containsExactlyInAnyOrderElementsOf(malicious.subList(1, malicious.size()));
            assertThat(emulator.state().moves()).extracting(MovedMessage::destination).containsOnly("DeletedItems");
            assertThat(emulator.calls()).filteredOn(c -> "email_security_post_bulk_move".equals(c.operationId()))
                    .allSatisfy(c -> assertThat(c.requestBody()).contains("\"expected_disposition\":\"MALICIOUS\""));

            // released: exactly the quarantined messages of false-positive submissions (the two staged ones at least)
            List<String> released = emulator.state().releasedIds();
            assertThat(released).hasSizeGreaterThanOrEqualTo(2);
            for (String id : released) {
                Map<String, Object> m = emulator.state().message(id);
                assertThat(emulator.state().submissions()).anySatisfy(s -> {
                    assertThat(s.get("original_postfix_id")).isEqualTo(m.get("postfix_id"));
                    assertThat(s.get("outcome_disposition")).isEqualTo("NONE");
                });
            }

            // one ticket line per message acted on
            List<String> lines = Files.readAllLines(tickets.resolve(SafeActionsRoutes.TICKETS));
            assertThat(lines).filteredOn(l -> l.contains("MOVE to DeletedItems")).hasSize(malicious.size());
            assertThat(lines).anySatisfy(l -> assertThat(l).contains(changedMeanwhile, "SKIPPED",
                    "final_disposition is SPAM, expected MALICIOUS"));
            assertThat(lines).filteredOn(l -> l.contains("RELEASE false positive")).hasSize(released.size())
                    .allSatisfy(l -> assertThat(l).contains("SUCCEEDED", "DELIVERED"));
            emulator.assertNoContractViolations();
        }
    }

    private static List<String> idsWith(EmailSecurityEmulator emulator, String disposition) {
        return emulator.state().messages().stream().filter(m -> disposition.equals(m.get("final_disposition")))
                .map(m -> (String) m.get("id")).toList();
    }
}
