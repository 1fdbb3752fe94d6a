package dev.emailsecurity.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.error.EmailSecurityOutcomeUnknownException;
import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.Faults;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 1 of issue 16: every action on mail under an answer slower than {@code responseTimeout}, counted at the
 * emulator (POSTs it applied, entries in the messages' action logs), never by final state. Each cell is applied
 * exactly once, or reported {@link EmailSecurityOutcomeUnknownException} (and then applied at most once, by the
 * first attempt the API was still working on).
 * <p>
 * Ratios only: {@code responseTimeout} is 2 s, so the 0.5x answer (1 s) has a full second of slack on a loaded
 * machine. At 1x the answer and the timeout race; an action applied before answering is reported succeeded either way
 * (directly or after the action-log re-check), so the row is stable. A delay before applying is not run at 1x, where
 * the race would decide between "succeeded" and "unknown".
 */
class SlowAnswerMatrixTest extends EmulatorTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final double[] AFTER_APPLYING = { 0.5, 1, 2, 5 };
    private static final double[] BEFORE_APPLYING = { 0.5, 2, 5 };

    /** One action: its API operation, the post-delivery operation it logs, and how to send it to ids. */
    private record Action(String name, String operationId, String logged, int messages, String uri, boolean idsInBody) {
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("releaseMessages", "email_security_post_release", "QUARANTINE_RELEASE", 1,
                    "email-security:releaseMessages", true),
            new Action("moveMessage (single)", "email_security_post_message_move", "MOVE", 1,
                    "email-security:moveMessage?destination=JunkEmail&investigateId=", false),
            new Action("moveMessages (bulk, 2 ids)", "email_security_post_bulk_move", "MOVE", 2,
                    "email-security:moveMessages?destination=JunkEmail", true),
            new Action("reclassifyMessage", "email_security_post_reclassify", "SUBMISSION", 1,
                    "email-security:reclassifyMessage?expectedDisposition=SPAM&investigateId=", false));

    @Override
    protected void configure(EmailSecurityConfiguration configuration) {
        super.configure(configuration);
        configuration.setMaxRetries(2);
        configuration.setMaxRetryWait(3000);
        configuration.setResponseTimeout(TIMEOUT.toMillis());
        configuration.setPacing(false);
    }

    @Test
    void everyActionUnderEverySlowAnswerIsAppliedAtMostOnce() throws Exception {
        // warm up: the emulator builds its OpenAPI validator on the first checked call
        assertThat(call("email-security:getMessage?investigateId=" + FaultMatrixTest.quarantinedId()).getException())
                .isNull();
        List<List<String>> rows = new ArrayList<>();
        for (Action action : ACTIONS) {
            for (double ratio : AFTER_APPLYING) {
                rows.add(run(action, "applies, then answers", ratio, n -> n.answerLate(delay(ratio))));
            }
            for (double ratio : BEFORE_APPLYING) {
                rows.add(run(action, "waits, then applies and answers", ratio, n -> n.delay(delay(ratio))));
            }
        }
        DocsTable.checkOrWriteSection("reliability/fault-matrix.md", "slow-answers", DocsTable.render("""
                ## Slow answers

                Generated and checked by `SlowAnswerMatrixTest`: the emulator either applies the action at once and \
                answers after the given multiple of `responseTimeout` (2 s), or waits that long before applying and \
                answering. *POSTs applied* counts the calls of the operation the emulator applied, *action-log \
                entries* the entries the action left in the messages' action logs (the bulk move carries 2 messages), \
                both counted once the emulator has finished; not the final state. An action whose first attempt got \
                no answer is re-checked in the action log and never sent again: done there, it is reported succeeded; \
                not (yet) there, it fails with `EmailSecurityOutcomeUnknownException`, since the API may still apply \
                it.""",
                List.of("action", "emulator", "answer after", "outcome", "POSTs sent", "POSTs applied",
                        "action-log entries"),
                rows));
    }

    private List<String> run(Action action, String mode, double ratio, java.util.function.Consumer<Faults.Next> arm) {
        emulator.reset();
        List<String> ids = quarantined(action.messages());
        arm.accept(emulator.faults().next(1).forOperation(action.operationId()));
        Exchange exchange = action.idsInBody()
                ? call(action.uri(), ids, Map.of())
                : call(action.uri() + ids.get(0), action.logged().equals("MOVE") ? MoveRequest.of("JunkEmail") : null,
                        Map.of());
        Exception e = exchange.getException();
        String row = action.name() + " / " + mode + " / " + ratio + "x";
        String outcome = e == null ? "succeeded" : e.getClass().getSimpleName();
        if (ratio < 1) {
            assertThat(e).as(row).isNull();
        } else if (e != null) {
            assertThat(e).as(row).isInstanceOf(EmailSecurityOutcomeUnknownException.class);
        }
        // the emulator records a call once applied: a delayed first attempt lands after the component gave up
        Waits.until("the late action applied", () -> applied(action) >= 1);
        long sent = callsOf(action.operationId()).size();
        long applied = applied(action);
        long entries = ids.stream().mapToLong(id -> entries(id, action.logged())).sum();
        assertThat(sent).as(row + ": POSTs sent").isEqualTo(1);
        assertThat(applied).as(row + ": POSTs applied").isEqualTo(1);
        for (String id : ids) {
            assertThat(entries(id, action.logged())).as(row + ": action-log entries of " + id).isEqualTo(1);
        }
        return List.of("`" + action.name() + "`", mode, ratio + "x", outcome, String.valueOf(sent),
                String.valueOf(applied), String.valueOf(entries));
    }

    private static Duration delay(double ratio) {
        return Duration.ofMillis(Math.round(TIMEOUT.toMillis() * ratio));
    }

    private static long applied(Action action) {
        return callsOf(action.operationId()).stream().filter(c -> c.status() >= 200 && c.status() < 300).count();
    }

    private static long entries(String id, String logged) {
        @SuppressWarnings("unchecked")
        List<Object> ops = (List<Object>) emulator.state().message(id).get("post_delivery_operations");
        return ops.stream().filter(logged::equals).count();
    }

    private static List<String> quarantined(int n) {
        return emulator.state().messages().stream().filter(m -> Boolean.TRUE.equals(m.get("is_quarantined")))
                .map(m -> (String) m.get("id")).limit(n).toList();
    }
}
