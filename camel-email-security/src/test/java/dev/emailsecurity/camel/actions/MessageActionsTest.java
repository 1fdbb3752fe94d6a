package dev.emailsecurity.camel.actions;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.emulator.MovedMessage;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Move, release and reclassify through the action layer, against the emulator. */
class MessageActionsTest extends EmulatorTestSupport {

    private static final Set<String> MUTATING = Set.of("email_security_post_release", "email_security_post_bulk_move",
            "email_security_post_message_move", "email_security_post_reclassify", "email_security_create_bulk_job");

    @Test
    void dryRunMakesNoMutatingCallAndListsExactlyWhatTheRealRunActsOn() {
        List<MessageDetails> malicious = search("MALICIOUS");
        assertThat(malicious).isNotEmpty();
        emulator.clearCalls();

        Exchange dry = call("email-security:moveMessages?destination=DeletedItems&dryRun=true", malicious, Map.of());

        assertThat(dry.getException()).isNull();
        assertThat(mutatingCalls()).isZero();
        assertThat(emulator.state().moves()).isEmpty();
        ActionReport planned = dry.getMessage().getBody(ActionReport.class);
        assertThat(planned.isDryRun()).isTrue();
        assertThat(planned.getMessages()).allMatch(m -> m.getOutcome() == MessageOutcome.PLANNED);
        assertThat(planned.getIds()).containsExactlyElementsOf(malicious.stream().map(MessageDetails::getId).toList());
        assertThat(dry.getMessage().getHeader(EmailSecurityConstants.ACTION_CALLS)).isEqualTo(0);

        Exchange real = call("email-security:moveMessages?destination=DeletedItems", malicious, Map.of());

        assertThat(real.getException()).isNull();
        ActionReport done = real.getMessage().getBody(ActionReport.class);
        assertThat(done.getIds()).containsExactlyElementsOf(planned.getIds());
        assertThat(emulator.state().moves()).extracting(MovedMessage::investigateId)
                .containsExactlyElementsOf(planned.getIds());
        assertThat(done.getMessages()).allMatch(m -> m.getOutcome() == MessageOutcome.SUCCEEDED);
        emulator.assertNoContractViolations();
    }

    @Test
    void aTargetSetAboveTheCapIsRefusedWithNoCall() {
        List<String> ids = ids(emulator.state().messages().subList(0, 10));
        emulator.clearCalls();

        Exchange refused = call("email-security:releaseMessages?maxMessagesPerAction=5", ids, Map.of());

        assertThat(refused.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10 messages targeted").hasMessageContaining("maxMessagesPerAction=5")
                .hasMessageContaining("no call was made");
        assertThat(emulator.totalCalls()).isZero();
        assertThat(emulator.state().releasedIds()).isEmpty();
    }

    @Test
    void dispositionGuardMismatchIsRefusedByTheApiAndReportedPerMessage() {
        List<Map<String, Object>> malicious = withDisposition("MALICIOUS").subList(0, 2);
        List<Map<String, Object>> spam = withDisposition("SPAM").subList(0, 2);
        List<String> ids = ids(List.of(malicious.get(0), spam.get(0), malicious.get(1), spam.get(1)));

        Exchange exchange = call("email-security:moveMessages?destination=DeletedItems&expectedDisposition=MALICIOUS",
                ids, Map.of());

        assertThat(exchange.getException()).isNull();
        ActionReport report = exchange.getMessage().getBody(ActionReport.class);
        Map<String, ActionResult> byId = byId(report);
        for (Map<String, Object> m : malicious) {
            ActionResult r = byId.get((String) m.get("id"));
            assertThat(r.getOutcome()).isEqualTo(MessageOutcome.SUCCEEDED);
            assertThat(r.getRecipients()).extracting(RecipientResult::getRecipient)
                    .containsExactlyElementsOf(recipients(m));
            assertThat(r.getRecipients()).allMatch(x -> x.getOutcome() == RecipientOutcome.MOVED);
        }
        for (Map<String, Object> m : spam) {
            ActionResult r = byId.get((String) m.get("id"));
            assertThat(r.getOutcome()).isEqualTo(MessageOutcome.SKIPPED);
            assertThat(r.getReason()).contains("skipped").contains("SPAM").contains("MALICIOUS");
            assertThat(r.getRecipients()).allMatch(x -> x.getOutcome() == RecipientOutcome.SKIPPED);
        }
        assertThat(emulator.state().moves()).extracting(MovedMessage::investigateId)
                .containsExactly(ids.get(0), ids.get(2));
        assertThat(callsOf("email_security_post_bulk_move")).singleElement()
                .satisfies(c -> assertThat(c.requestBody()).contains("\"expected_disposition\":\"MALICIOUS\""));
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.ACTION_SKIPPED)).isEqualTo(2);
        assertThat(exchange.getMessage().getBody(String.class)).startsWith("{").contains("\"outcome\":\"SKIPPED\"",
                "\"recipients\":[", "\"expectedDisposition\":\"MALICIOUS\"");
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.ACTION_SUCCEEDED)).isEqualTo(2);
        emulator.assertNoContractViolations();
    }

    @Test
    void partialFailureIsReportedPerRecipientAndInTheHeaders() {
        Map<String, Object> twoRecipients = quarantined(2);
        Map<String, Object> oneRecipient = quarantined(1);
        List<?> to = (List<?>) twoRecipients.get("to");
        String failing = (String) to.get(0);
        emulator.state().failDeliveryTo(failing);
        List<String> ids = ids(List.of(twoRecipients, oneRecipient));
        boolean oneAlsoFails = ((List<?>) oneRecipient.get("to")).contains(failing);

        Exchange exchange = call("email-security:releaseMessages", ids, Map.of());

        assertThat(exchange.getException()).isNull();
        ActionReport report = exchange.getMessage().getBody(ActionReport.class);
        ActionResult partial = byId(report).get(ids.get(0));
        assertThat(partial.getOutcome()).isEqualTo(MessageOutcome.PARTIAL);
        assertThat(partial.getRecipients()).anySatisfy(r -> {
            assertThat(r.getRecipient()).isEqualTo(failing);
            assertThat(r.getOutcome()).isEqualTo(RecipientOutcome.FAILED);
            assertThat(r.getReason()).isEqualTo("delivery failed");
        });
        assertThat(partial.getRecipients()).anySatisfy(r -> {
            assertThat(r.getRecipient()).isEqualTo(to.get(1));
            assertThat(r.getOutcome()).isEqualTo(RecipientOutcome.DELIVERED);
        });
        assertThat(report.isPartialFailure()).isTrue();
        Map<String, Object> h = exchange.getMessage().getHeaders();
        assertThat(h.get(EmailSecurityConstants.ACTION_PARTIAL)).isEqualTo(1);
        assertThat(h.get(EmailSecurityConstants.ACTION_RECIPIENTS_FAILED)).isEqualTo(oneAlsoFails ? 2 : 1);
        assertThat(h.get(EmailSecurityConstants.ACTION_MESSAGES)).isEqualTo(2);
        assertThat(h.get(EmailSecurityConstants.ACTION_CALLS)).isEqualTo(1);
    }

    @Test
    void failOnPartialFailureThrowsAnExceptionThatCarriesThePerRecipientResults() {
        Map<String, Object> twoRecipients = quarantined(2);
        String failing = (String) ((List<?>) twoRecipients.get("to")).get(1);
        emulator.state().failDeliveryTo(failing);

        Exchange exchange = call("email-security:releaseMessages?failOnPartialFailure=true",
                List.of(twoRecipients.get("id")), Map.of());

        assertThat(exchange.getException()).isInstanceOf(EmailSecurityPartialFailureException.class);
        ActionReport report = ((EmailSecurityPartialFailureException) exchange.getException()).getReport();
        assertThat(report.getMessages()).singleElement().satisfies(m -> {
            assertThat(m.getOutcome()).isEqualTo(MessageOutcome.PARTIAL);
            assertThat(m.getRecipients()).extracting(RecipientResult::getRecipient, RecipientResult::getOutcome)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(((List<?>) twoRecipients.get("to")).get(0),
                                    RecipientOutcome.DELIVERED),
                            org.assertj.core.groups.Tuple.tuple(failing, RecipientOutcome.FAILED));
        });
        assertThat(exchange.getException()).hasMessageContaining("1 partial");
        // the release itself happened: the exception reports it, it does not undo it
        assertThat(emulator.state().releasedIds()).containsExactly((String) twoRecipients.get("id"));
    }

    @Test
    void targetsComeFromTheHeaderBeforeTheBodyAndSingleMessageOperationsMakeOneCallEach() {
        List<String> ids = ids(withDisposition("MALICIOUS").subList(0, 3));

        Exchange moved = call("email-security:moveMessage?destination=JunkEmail", "ignored body",
                Map.of(EmailSecurityConstants.TARGET_IDS, String.join(",", ids)));

        assertThat(moved.getException()).isNull();
        assertThat(callsOf("email_security_post_message_move")).hasSize(3);
        assertThat(moved.getMessage().getBody(ActionReport.class).getIds()).containsExactlyElementsOf(ids);
        assertThat(emulator.state().moves()).extracting(MovedMessage::destination).containsOnly("JunkEmail");

        Exchange reclassified = call("email-security:reclassifyMessage?expectedDisposition=SPAM", ids.subList(0, 2),
                Map.of());
        assertThat(reclassified.getException()).isNull();
        assertThat(callsOf("email_security_post_reclassify")).hasSize(2)
                .allSatisfy(c -> assertThat(c.requestBody()).contains("\"expected_disposition\":\"SPAM\""));
        assertThat(reclassified.getMessage().getBody(ActionReport.class).getMessages())
                .allMatch(m -> m.getOutcome() == MessageOutcome.SUCCEEDED);
        emulator.assertNoContractViolations();
    }

    @Test
    void releaseRefusesTheDispositionGuardItCannotSendAndMoveNeedsADestination() {
        String id = ids(withDisposition("MALICIOUS").subList(0, 1)).get(0);
        emulator.clearCalls();

        Exchange release = call("email-security:releaseMessages?expectedDisposition=MALICIOUS", List.of(id), Map.of());
        Exchange move = call("email-security:moveMessages", List.of(id), Map.of());

        assertThat(release.getException()).hasMessageContaining("cannot guard on expectedDisposition");
        assertThat(move.getException()).hasMessageContaining("needs a destination");
        assertThat(emulator.totalCalls()).isZero();
    }

    @Test
    void aFailedLaterCallIsReportedNotReSentAndTheBatchesAfterItAreNotSent() {
        List<String> known = ids(emulator.state().messages().stream()
                .filter(m -> Boolean.TRUE.equals(m.get("is_quarantined"))).limit(5).toList());
        List<String> ids = List.of(known.get(0), known.get(1), known.get(2), "no-such-message", known.get(3),
                known.get(4));

        Exchange exchange = call("email-security:releaseMessages?actionBatchSize=2", ids, Map.of());

        assertThat(exchange.getException()).isNull();
        assertThat(callsOf("email_security_post_release")).hasSize(2);
        ActionReport report = exchange.getMessage().getBody(ActionReport.class);
        assertThat(report.getMessages()).extracting(ActionResult::getOutcome).containsExactly(MessageOutcome.SUCCEEDED,
                MessageOutcome.SUCCEEDED, MessageOutcome.FAILED, MessageOutcome.FAILED, MessageOutcome.FAILED,
                MessageOutcome.FAILED);
        assertThat(report.getMessages().get(2).getReason()).contains("not re-sent").contains("404");
        assertThat(report.getMessages().get(4).getReason()).isEqualTo("not sent: call 2 failed");
        assertThat(emulator.state().releasedIds()).containsExactly(known.get(0), known.get(1));
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.ACTION_FAILED)).isEqualTo(4);
    }

    @Test
    void aBadActionOptionFailsWhenTheEndpointIsCreated() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> context.getEndpoint("email-security:moveMessages?destination=Trash"))
                .hasStackTraceContaining("Invalid value 'Trash' for destination").hasStackTraceContaining("DeletedItems");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> context.getEndpoint("email-security:releaseMessages?actionBatchSize=500"))
                .hasStackTraceContaining("actionBatchSize must be between 1 and 100");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private List<MessageDetails> search(String disposition) {
        Exchange e = call("email-security:searchMessages?finalDisposition=" + disposition);
        assertThat(e.getException()).isNull();
        return e.getMessage().getBody(List.class);
    }

    private static long mutatingCalls() {
        return emulator.calls().stream().map(RecordedCall::operationId).filter(MUTATING::contains).count();
    }

    private static List<Map<String, Object>> withDisposition(String disposition) {
        return emulator.state().messages().stream().filter(m -> disposition.equals(m.get("final_disposition")))
                .toList();
    }

    private static Map<String, Object> quarantined(int recipients) {
        return emulator.state().messages().stream()
                .filter(m -> Boolean.TRUE.equals(m.get("is_quarantined")))
                .filter(m -> ((List<?>) m.get("to")).size() == recipients)
                .findFirst().orElseThrow(() -> new AssertionError("no quarantined message with " + recipients
                                                                  + " recipient(s)"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> recipients(Map<String, Object> message) {
        return (List<String>) message.get("to");
    }

    private static List<String> ids(List<Map<String, Object>> messages) {
        return messages.stream().map(m -> (String) m.get("id")).toList();
    }

    private static Map<String, ActionResult> byId(ActionReport report) {
        Map<String, ActionResult> out = new java.util.HashMap<>();
        report.getMessages().forEach(m -> out.put(m.getId(), m));
        return out;
    }
}
