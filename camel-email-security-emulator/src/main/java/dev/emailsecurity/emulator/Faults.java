package dev.emailsecurity.emulator;

import dev.emailsecurity.emulator.faults.FaultPlan;
import dev.emailsecurity.emulator.faults.FaultRule;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fault injection. Rules fire in the order they were armed; each answers the next N matching calls.
 *
 * <pre>{@code
 * emulator.faults().next(3).forOperation("email_security_investigate").respond429(Duration.ofSeconds(2));
 * emulator.faults().next(1).loseResponse();   // applies the call's state change, then drops the connection
 * }</pre>
 *
 * Faulted responses are recorded in {@link EmailSecurityEmulator#calls()} (status 0 when no response was sent)
 * and are not checked against the OpenAPI contract. A fault fires before authentication and rate limiting,
 * except {@code delay}, {@code answerLate} and {@code loseResponse}, which then process the call normally.
 */
public final class Faults {

    private final FaultPlan plan = new FaultPlan();

    Faults() {
    }

    /**
     * Starts a rule for the next {@code times} matching calls.
     *
     * @param times how many calls the rule answers, at least 1
     * @return the rule builder
     */
    public Next next(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be >= 1");
        }
        return new Next(times);
    }

    /** Disarms every rule. */
    public void clear() {
        plan.clear();
    }

    /** @return how many faulted calls are still armed over all rules */
    public int pending() {
        return plan.pending();
    }

    FaultPlan plan() {
        return plan;
    }

    /** Builder of one rule; a terminal method arms it. */
    public final class Next {
        private final int times;
        private String operationId;
        private final Map<String, String> headers = new LinkedHashMap<>();

        private Next(int times) {
            this.times = times;
        }

        /**
         * Restricts the rule to one operation.
         *
         * @param operationId the OpenAPI operationId, e.g. {@code email_security_post_release}
         * @return this builder
         */
        public Next forOperation(String operationId) {
            this.operationId = operationId;
            return this;
        }

        /**
         * Adds a response header to the faulted responses (e.g. {@code x-should-retry: false}).
         *
         * @param name header name
         * @param value header value
         * @return this builder
         */
        public Next withHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /**
         * 429 with {@code Retry-After: <seconds, rounded up>} and the error envelope.
         *
         * @param retryAfter the advertised wait
         */
        public void respond429(Duration retryAfter) {
            arm(FaultRule.Kind.RATE_LIMITED, 429, retryAfter, false);
        }

        /**
         * 429 with {@code retry-after-ms: <millis>} (and {@code Retry-After} rounded up to seconds).
         *
         * @param millis the advertised wait in milliseconds
         */
        public void respond429RetryAfterMs(long millis) {
            arm(FaultRule.Kind.RATE_LIMITED, 429, Duration.ofMillis(millis), true);
        }

        /**
         * The given status with the JSON error envelope (e.g. 500, 502, 503, 409).
         *
         * @param status the HTTP status
         */
        public void respondStatus(int status) {
            arm(FaultRule.Kind.STATUS, status, Duration.ZERO, false);
        }

        /**
         * The given status with an HTML error page ({@code text/html}), as a proxy or CDN would send.
         *
         * @param status the HTTP status
         */
        public void respondHtml(int status) {
            arm(FaultRule.Kind.HTML, status, Duration.ZERO, false);
        }

        /** Closes the connection without any response. */
        public void resetConnection() {
            arm(FaultRule.Kind.RESET_CONNECTION, 0, Duration.ZERO, false);
        }

        /**
         * Waits, then serves the call normally: the call's state change happens only after the wait.
         *
         * @param delay how long to wait before answering
         */
        public void delay(Duration delay) {
            arm(FaultRule.Kind.DELAY, 0, delay, false);
        }

        /**
         * Serves the call normally (its state change is applied at once), then waits before sending the answer: an
         * API that did the work but answers late. The call is recorded as soon as it is applied.
         *
         * @param delay how long to wait between applying the call and answering
         */
        public void answerLate(Duration delay) {
            arm(FaultRule.Kind.ANSWER_LATE, 0, delay, false);
        }

        /** 200 with a truncated, unparseable JSON body. */
        public void malformedJson() {
            arm(FaultRule.Kind.MALFORMED_JSON, 200, Duration.ZERO, false);
        }

        /** 200 with no body at all (no envelope), without applying the call. */
        public void emptyBodyAt200() {
            arm(FaultRule.Kind.EMPTY_BODY, 200, Duration.ZERO, false);
        }

        /** 200 with {@code success:false} and an error in the envelope. */
        public void successFalseAt200() {
            arm(FaultRule.Kind.SUCCESS_FALSE, 200, Duration.ZERO, false);
        }

        /** Applies the call (and its state change), then drops the connection without sending the response. */
        public void loseResponse() {
            arm(FaultRule.Kind.LOSE_RESPONSE, 0, Duration.ZERO, false);
        }

        private void arm(FaultRule.Kind kind, int status, Duration duration, boolean millis) {
            plan.arm(kind, operationId, times, status, duration, millis, headers);
        }
    }
}
