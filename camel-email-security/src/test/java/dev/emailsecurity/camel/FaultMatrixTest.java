package dev.emailsecurity.camel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityOutcomeUnknownException;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.Faults;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 1 and 3: every injected fault, for a read ({@code getMessage}) and an action on mail
 * ({@code releaseMessages}), with the outcome and the number of calls the emulator saw. The table is rendered from
 * the cases below and checked against {@code docs/reliability/fault-matrix.md}.
 * <p>
 * Settings: {@code maxRetries=2}, {@code maxRetryWait=3s}, {@code responseTimeout=1s}, {@code pacing=false} (the
 * shared pacer would otherwise hold back the second operation after a 429 with a long wait; pacing has its own
 * test).
 */
class FaultMatrixTest extends EmulatorTestSupport {

    private static final String READ = "email_security_get_message";
    private static final String RELEASE = "email_security_post_release";
    private static final String ACTION_LOG = "email_security_get_message_action_log";
    private static final Duration MAX_RETRY_WAIT = Duration.ofSeconds(3);

    /** One row: the fault, how it is armed, and what is expected for the read and for the release. */
    private record Fault(String name, Consumer<Faults.Next> arm, Expected read, Expected release) {
    }

    /**
     * @param outcome   "retried, succeeded" or "failed"
     * @param exception the exception's simple name, or "-"
     * @param calls     calls of the operation the emulator saw
     * @param recheck   action-log reads the re-check made
     */
    private record Expected(String outcome, String exception, int calls, int recheck) {
    }

    private static Expected ok(int calls, int recheck) {
        return new Expected("retried, succeeded", "-", calls, recheck);
    }

    /** Not re-sent: the re-check did not show it done, and the first attempt may still be applied. */
    private static Expected unknown(int calls, int recheck) {
        return new Expected("outcome unknown", "EmailSecurityOutcomeUnknownException", calls, recheck);
    }

    private static Expected failed(String exception) {
        return new Expected("failed at once", exception, 1, 0);
    }

    private static final List<Fault> FAULTS = List.of(
            new Fault("429, Retry-After: 1", n -> n.respond429(Duration.ofSeconds(1)), ok(2, 0), ok(2, 0)),
            new Fault("429, Retry-After: 300", n -> n.respond429(Duration.ofSeconds(300)),
                    failed("EmailSecurityRateLimitException"), failed("EmailSecurityRateLimitException")),
            new Fault("500", n -> n.respondStatus(500), ok(2, 0), ok(2, 1)),
            new Fault("502", n -> n.respondStatus(502), ok(2, 0), ok(2, 1)),
            new Fault("503", n -> n.respondStatus(503), ok(2, 0), ok(2, 1)),
            new Fault("connection reset", Faults.Next::resetConnection, ok(2, 0), unknown(1, 1)),
            new Fault("response timeout (answer after 2.5 s)", n -> n.delay(Duration.ofMillis(2500)), ok(2, 0),
                    unknown(1, 1)),
            new Fault("malformed JSON at 200", Faults.Next::malformedJson, failed("EmailSecurityApiException"),
                    failed("EmailSecurityApiException")),
            new Fault("success:false at 200", Faults.Next::successFalseAt200, failed("EmailSecurityApiException"),
                    failed("EmailSecurityApiException")),
            new Fault("HTML error page (502, text/html)", n -> n.respondHtml(502), ok(2, 0), ok(2, 1)));

    @Override
    protected void configure(EmailSecurityConfiguration configuration) {
        super.configure(configuration);
        configuration.setMaxRetries(2);
        configuration.setMaxRetryWait(MAX_RETRY_WAIT.toMillis());
        configuration.setResponseTimeout(1000);
        configuration.setPacing(false);
    }

    @Test
    void everyFaultForAReadAndAnActionOnMail() throws Exception {
        // warm up: the emulator builds its OpenAPI validator on the first checked call
        assertThat(call("email-security:getMessage?investigateId=" + quarantinedId()).getException()).isNull();
        List<List<String>> rows = new ArrayList<>();
        for (Fault fault : FAULTS) {
            rows.add(run(fault, "getMessage", READ, fault.read()));
            rows.add(run(fault, "releaseMessages", RELEASE, fault.release()));
        }
        DocsTable.checkOrWriteSection("reliability/fault-matrix.md", "faults", DocsTable.render("""
                # Fault matrix

                Generated and checked by `FaultMatrixTest` (regenerate with `-Ddocs.regenerate=true`): each fault is \
                injected once by the emulator, for a read (`getMessage`) and an action on mail (`releaseMessages`), \
                with `maxRetries=2`, `maxRetryWait=3s`, `responseTimeout=1s`. *Calls* is what the emulator saw of \
                the operation; *re-check* the action-log reads the component made after an action whose first attempt \
                may have reached the API: an action is sent again only when the API answered the first attempt with \
                an error status (it had finished with it) and the action log does not show it done. Without an \
                answer (reset, timeout) it is never sent again. A release is applied at most once in every row, \
                exactly once when it succeeded. Slow answers for every action are in the next section.""",
                List.of("fault", "operation", "outcome", "exception", "retryAt", "calls", "re-check"), rows));
    }

    @Test
    void retryAfter300ReturnsWithinMaxRetryWait() {
        emulator.faults().next(1).forOperation(READ).respond429(Duration.ofSeconds(300));
        Instant start = Instant.now().minusSeconds(1); // Retry-After counts whole seconds
        Exchange exchange = call("email-security:getMessage?investigateId=" + quarantinedId());
        Instant end = Instant.now().plusSeconds(1);

        // the call gave up at once (Retry-After is above maxRetryWait): one call, and retryAt 300 s after the answer
        var e = (dev.emailsecurity.camel.error.EmailSecurityRateLimitException) exchange.getException();
        assertThat(e.getRetryAt()).isAfter(start.plusSeconds(300)).isBefore(end.plusSeconds(300));
        assertThat(callsOf(READ)).hasSize(1);
    }

    private List<String> run(Fault fault, String operation, String operationId, Expected expected) throws Exception {
        emulator.reset();
        String id = quarantinedId();
        fault.arm().accept(emulator.faults().next(1).forOperation(operationId));
        Instant start = Instant.now();
        Exchange exchange = operation.equals("getMessage")
                ? call("email-security:getMessage?investigateId=" + id)
                : call("email-security:releaseMessages", List.of(id), Map.of());
        Exception e = exchange.getException();
        String outcome = e == null ? "retried, succeeded"
                : e instanceof EmailSecurityOutcomeUnknownException ? "outcome unknown" : "failed at once";
        String exception = e == null ? "-" : e.getClass().getSimpleName();
        String retryAt = "-";
        if (e instanceof dev.emailsecurity.camel.error.EmailSecurityRateLimitException r && r.getRetryAt() != null) {
            retryAt = "now + " + Math.round(Duration.between(start, r.getRetryAt()).toMillis() / 1000.0) + " s";
        }
        int calls = settledCount(operationId, expected.calls());
        int recheck = callsOf(ACTION_LOG).size();
        String row = fault.name() + " / " + operation;
        assertThat(new Expected(outcome, exception, calls, recheck)).as(row + " (" + e + ")").isEqualTo(expected);
        if (operation.equals("releaseMessages")) {
            assertReleasedAtMostOnce(id, e == null, e instanceof EmailSecurityOutcomeUnknownException, row);
        } else if (e == null) {
            assertThat(exchange.getMessage().getBody()).as(row).isNotNull();
        }
        if (e != null) {
            assertThat(e).isInstanceOf(EmailSecurityApiException.class);
        }
        return List.of(fault.name(), "`" + operation + "`", outcome, exception, retryAt, String.valueOf(calls),
                String.valueOf(recheck));
    }

    /** The count of calls once in-flight ones (a delayed answer) have been recorded. */
    private static int settledCount(String operationId, int expected) {
        Waits.until(expected + " recorded calls of " + operationId, () -> callsOf(operationId).size() >= expected);
        return callsOf(operationId).size();
    }

    /** An unknown outcome may be applied once, by the first attempt the API was still working on. */
    private static void assertReleasedAtMostOnce(String id, boolean succeeded, boolean unknown, String row) {
        Map<String, Object> message = emulator.state().message(id);
        @SuppressWarnings("unchecked")
        List<Object> operations = (List<Object>) message.get("post_delivery_operations");
        long releases = operations.stream().filter("QUARANTINE_RELEASE"::equals).count();
        if (unknown) {
            assertThat(releases).as(row + ": releases applied").isLessThanOrEqualTo(1);
            return;
        }
        assertThat(releases).as(row + ": releases applied").isEqualTo(succeeded ? 1 : 0);
        assertThat(message.get("is_quarantined")).as(row).isEqualTo(!succeeded);
    }

    static String quarantinedId() {
        return emulator.state().messages().stream().filter(m -> Boolean.TRUE.equals(m.get("is_quarantined")))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
    }

    static List<RecordedCall> releases() {
        return callsOf(RELEASE);
    }
}
