package dev.emailsecurity.camel;

import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.error.EmailSecurityOutcomeUnknownException;
import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 2: an action whose first attempt reaches the emulator but whose answer is lost is applied exactly once.
 * The component re-reads the message's action log, finds the action, and does not send it again.
 */
class NoDoubleEffectTest extends EmulatorTestSupport {

    private static final String RELEASE = "email_security_post_release";
    private static final String MOVE = "email_security_post_message_move";
    private static final String ACTION_LOG = "email_security_get_message_action_log";

    @Test
    void releaseWhoseResponseIsLostIsAppliedOnce() {
        String id = FaultMatrixTest.quarantinedId();
        emulator.faults().next(1).forOperation(RELEASE).loseResponse();

        Exchange exchange = call("email-security:releaseMessages", List.of(id), Map.of());

        assertThat(exchange.getException()).isNull();
        assertThat(callsOf(RELEASE)).as("the release was sent once").hasSize(1);
        assertThat(callsOf(RELEASE).get(0).status()).as("its answer was lost").isZero();
        assertThat(callsOf(ACTION_LOG)).as("the component re-checked the action log").hasSize(1);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.ALREADY_APPLIED_IDS)).isEqualTo(List.of(id));
        assertThat(emulator.state().releasedIds()).containsExactly(id);
        assertThat(actions(id, "QUARANTINE_RELEASE")).as("one release in the message's action log").isEqualTo(1);
        assertThat(emulator.state().message(id).get("is_quarantined")).isEqualTo(false);
    }

    @Test
    void releaseOfTwoMessagesWithLostResponseIsNotResent() {
        List<String> ids = emulator.state().messages().stream()
                .filter(m -> Boolean.TRUE.equals(m.get("is_quarantined"))).map(m -> (String) m.get("id")).limit(2)
                .toList();
        emulator.faults().next(1).forOperation(RELEASE).loseResponse();

        Exchange exchange = call("email-security:releaseMessages", ids, Map.of());

        assertThat(exchange.getException()).isNull();
        assertThat(callsOf(RELEASE)).hasSize(1);
        assertThat(emulator.state().releasedIds()).containsExactlyElementsOf(ids);
        ids.forEach(id -> assertThat(actions(id, "QUARANTINE_RELEASE")).isEqualTo(1));
    }

    @Test
    void moveWhoseResponseIsLostIsAppliedOnce() {
        String id = FaultMatrixTest.quarantinedId();
        emulator.faults().next(1).forOperation(MOVE).loseResponse();

        Exchange exchange = call("email-security:moveMessage?investigateId=" + id, MoveRequest.of("JunkEmail"),
                Map.of());

        assertThat(exchange.getException()).isNull();
        assertThat(callsOf(MOVE)).hasSize(1);
        assertThat(emulator.state().moves()).hasSize(1);
        assertThat(actions(id, "MOVE")).isEqualTo(1);
    }

    @Test
    void moveRejectedWith500IsCheckedThenSentAgainOnce() {
        String id = FaultMatrixTest.quarantinedId();
        emulator.faults().next(1).forOperation(MOVE).respondStatus(500);

        Exchange exchange = call("email-security:moveMessage?investigateId=" + id, MoveRequest.of("JunkEmail"),
                Map.of());

        assertThat(exchange.getException()).isNull();
        assertThat(callsOf(MOVE)).hasSize(2);
        assertThat(callsOf(ACTION_LOG)).hasSize(1);
        assertThat(actions(id, "MOVE")).isEqualTo(1);
    }

    @Test
    void settingsCreateWithLostResponseFailsAsOutcomeUnknown() {
        emulator.faults().next(1).forOperation("email_security_create_blocked_sender").loseResponse();
        String body = "{\"pattern\":\"lost@example.net\",\"pattern_type\":\"EMAIL\",\"is_regex\":false}";

        Exchange exchange = call("email-security:createBlockedSender", body, Map.of());

        assertThat(exchange.getException()).isInstanceOf(EmailSecurityOutcomeUnknownException.class)
                .hasMessageContaining("outcome unknown").hasMessageContaining("check the account");
        assertThat(callsOf("email_security_create_blocked_sender")).hasSize(1);
        assertThat(emulator.state().settings("block_senders").stream()
                .filter(s -> "lost@example.net".equals(s.get("pattern")))).hasSize(1);
    }

    private static long actions(String id, String operation) {
        @SuppressWarnings("unchecked")
        List<Object> ops = (List<Object>) emulator.state().message(id).get("post_delivery_operations");
        return ops.stream().filter(operation::equals).count();
    }
}
