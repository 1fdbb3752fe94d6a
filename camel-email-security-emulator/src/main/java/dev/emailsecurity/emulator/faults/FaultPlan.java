package dev.emailsecurity.emulator.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The armed fault rules, in the order they were armed; the request pipeline takes one shot per matching call. */
public final class FaultPlan {

    private final List<FaultRule> rules = new ArrayList<>();

    /**
     * Arms a rule for the next {@code times} calls of the operation (null = any).
     *
     * @param kind what the rule does
     * @param operationId the operation it answers, or null for any
     * @param times how many calls it answers
     * @param status the status it sends, when it sends one
     * @param duration its wait or Retry-After
     * @param retryAfterInMillis whether a 429 also sends {@code retry-after-ms}
     * @param headers extra response headers
     */
    public synchronized void arm(FaultRule.Kind kind, String operationId, int times, int status, Duration duration,
            boolean retryAfterInMillis, Map<String, String> headers) {
        rules.add(new FaultRule(kind, operationId, times, status, duration, retryAfterInMillis, headers));
    }

    /**
     * Takes one shot of the first rule matching the operation.
     *
     * @param operationId the call's operation
     * @return the rule, or null when none matches
     */
    public synchronized FaultRule take(String operationId) {
        for (Iterator<FaultRule> it = rules.iterator(); it.hasNext();) {
            FaultRule rule = it.next();
            if (rule.appliesTo(operationId)) {
                if (--rule.remaining <= 0) {
                    it.remove();
                }
                return rule;
            }
        }
        return null;
    }

    /** Disarms every rule. */
    public synchronized void clear() {
        rules.clear();
    }

    /** @return how many faulted calls are still armed over all rules */
    public synchronized int pending() {
        return rules.stream().mapToInt(r -> r.remaining).sum();
    }
}
