package dev.emailsecurity.emulator.faults;

import java.time.Duration;
import java.util.Map;

/** One armed fault: what to do, for which operation (null = any), how many more times. */
public final class FaultRule {

    /** The kinds of fault the emulator can inject. */
    public enum Kind {
        RATE_LIMITED, STATUS, HTML, RESET_CONNECTION, DELAY, MALFORMED_JSON, SUCCESS_FALSE, LOSE_RESPONSE, ANSWER_LATE, EMPTY_BODY
    }

    public final Kind kind;
    final String operationId;
    final int status;
    public final Duration duration;
    final boolean retryAfterInMillis;
    final Map<String, String> headers;
    int remaining;

    FaultRule(Kind kind, String operationId, int times, int status, Duration duration, boolean retryAfterInMillis,
            Map<String, String> headers) {
        this.kind = kind;
        this.operationId = operationId;
        this.remaining = times;
        this.status = status;
        this.duration = duration;
        this.retryAfterInMillis = retryAfterInMillis;
        this.headers = Map.copyOf(headers);
    }

    boolean appliesTo(String op) {
        return operationId == null || operationId.equals(op);
    }
}
