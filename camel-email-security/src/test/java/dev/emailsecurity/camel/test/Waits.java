package dev.emailsecurity.camel.test;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * The one way tests wait: for an event, never for a fixed time. The timeouts are generous on purpose: they bound
 * a test that would otherwise hang, they are not a speed requirement, so a loaded machine only makes a test slower,
 * never red.
 */
public final class Waits {

    /** How long a wait may take before the test fails: far above what any machine needs. */
    public static final Duration TIMEOUT = Duration.ofSeconds(90);

    private Waits() {
    }

    /** Waits until the condition holds; fails with the description after {@link #TIMEOUT}. */
    public static void until(String what, BooleanSupplier condition) {
        until(what, TIMEOUT, condition);
    }

    /** Waits until the condition holds; fails with the description after the timeout. */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        waiting(what, timeout).until(condition::getAsBoolean);
    }

    /** Waits until the supplied value satisfies the predicate, and returns that value. */
    public static <T> T until(String what, Callable<T> value, Predicate<? super T> done) {
        return waiting(what, TIMEOUT).until(value, done::test);
    }

    /**
     * The negative check: waits until the emulator has answered {@code polls} more calls of the operation than it
     * had when this was called. A polling consumer handles the answer of one poll before it sends the next, so
     * after two further calls everything the first of them returned has been delivered (or was never going to be).
     *
     * @param operationId the emulator's operation id of the poll, e.g. {@code email_security_investigate}
     */
    public static void forFurtherCalls(EmailSecurityEmulator emulator, String operationId, int polls) {
        long target = emulator.callCount(operationId) + polls;
        until(polls + " further calls of " + operationId, () -> emulator.callCount(operationId) >= target);
    }

    private static ConditionFactory waiting(String what, Duration timeout) {
        return Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .pollInSameThread();
    }
}
