package dev.emailsecurity.camel.actions;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** 2,500 ids released in batches of the API's limit (100, enforced by the emulator): 25 calls, one result each. */
class LargeReleaseTest extends EmulatorTestSupport {

    private static final int TARGETS = 2_500;

    /** Hides the support class's start: this class needs more messages than the default emulator holds. */
    @BeforeAll
    static void startEmulator() {
        emulator = EmailSecurityEmulator.builder().port(0).seed(42).messageCount(TARGETS + 100)
                .validateAgainstSpec(true).build().start();
    }

    @Test
    void twoThousandFiveHundredIdsAreReleasedInTwentyFiveCallsWithResultsMatchingTheEmulator() throws Exception {
        List<Map<String, Object>> before = emulator.state().messages().subList(0, TARGETS);
        List<String> ids = before.stream().map(m -> (String) m.get("id")).toList();
        emulator.clearCalls();

        Exchange exchange = call("email-security:releaseMessages", ids, Map.of());

        assertThat(exchange.getException()).isNull();
        List<RecordedCall> calls = callsOf("email_security_post_release");
        assertThat(calls).hasSize(TARGETS / 100);
        assertThat(emulator.totalCalls()).isEqualTo(TARGETS / 100);
        for (RecordedCall c : calls) {
            JsonNode sent = JsonCodec.mapper().readTree(c.requestBody());
            assertThat(sent.get("ids").size()).isEqualTo(100);
            assertThat(c.status()).isEqualTo(200);
        }

        ActionReport report = exchange.getMessage().getBody(ActionReport.class);
        assertThat(report.getCalls()).isEqualTo(25);
        assertThat(report.getIds()).containsExactlyElementsOf(ids);
        List<String> released = emulator.state().releasedIds();
        Map<String, Map<String, Object>> after = new java.util.HashMap<>();
        emulator.state().messages().forEach(m -> after.put((String) m.get("id"), m));
        int quarantined = 0;
        for (int i = 0; i < TARGETS; i++) {
            Map<String, Object> was = before.get(i);
            ActionResult result = report.getMessages().get(i);
            assertThat(result.getBatch()).isEqualTo(i / 100 + 1);
            List<String> recipients = result.getRecipients().stream().map(RecipientResult::getRecipient).toList();
            assertThat(recipients).containsExactlyInAnyOrderElementsOf(recipientsOf(was));
            Map<String, Object> now = after.get(result.getId());
            if (Boolean.TRUE.equals(was.get("is_quarantined"))) {
                quarantined++;
                assertThat(result.getOutcome()).isEqualTo(MessageOutcome.SUCCEEDED);
                assertThat(result.getRecipients()).allMatch(r -> r.getOutcome() == RecipientOutcome.DELIVERED);
                assertThat(released).contains(result.getId());
                assertThat(now.get("is_quarantined")).isEqualTo(false);
            } else {
                assertThat(result.getOutcome()).isEqualTo(MessageOutcome.SKIPPED);
                assertThat(result.getRecipients()).allMatch(r -> r.getOutcome() == RecipientOutcome.UNDELIVERED);
                assertThat(released).doesNotContain(result.getId());
            }
        }
        assertThat(quarantined).isPositive().isLessThan(TARGETS);
        assertThat(released).hasSize(quarantined);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.ACTION_SUCCEEDED)).isEqualTo(quarantined);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.ACTION_SKIPPED))
                .isEqualTo(TARGETS - quarantined);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.ACTION_CALLS)).isEqualTo(25);
        emulator.assertNoContractViolations();
    }

    @SuppressWarnings("unchecked")
    private static List<String> recipientsOf(Map<String, Object> message) {
        return (List<String>) message.get("to");
    }
}
