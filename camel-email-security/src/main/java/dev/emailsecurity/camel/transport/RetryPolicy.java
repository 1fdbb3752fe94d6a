package dev.emailsecurity.camel.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and after how long a failed call is tried again, as the vendor SDKs do it: 408, 409, 429, 5xx and connection
 * errors are retried (the {@code x-should-retry} header overrides the status), {@code retry-after-ms} and
 * {@code Retry-After} are honoured, otherwise a jittered exponential back-off. A thread never waits longer than
 * {@code maxRetryWait} for one retry: when the API asks for more, the call fails at once.
 *
 * @param maxRetries   how many retries after the first attempt
 * @param maxRetryWait the longest single wait
 */
public record RetryPolicy(int maxRetries, Duration maxRetryWait) {

    private static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be 0 or more, was " + maxRetries);
        }
        if (maxRetryWait.isNegative()) {
            throw new IllegalArgumentException("maxRetryWait must not be negative, was " + maxRetryWait);
        }
    }

    /** Whether a retry is left after {@code retriesDone} retries. */
    public boolean hasRetryLeft(int retriesDone) {
        return retriesDone < maxRetries;
    }

    /** Whether the API answer asks for (or allows) a retry. */
    public static boolean isRetryable(ApiResponse response) {
        if ("true".equalsIgnoreCase(trim(response.shouldRetry()))) {
            return true;
        }
        if ("false".equalsIgnoreCase(trim(response.shouldRetry()))) {
            return false;
        }
        int s = response.status();
        return s == 408 || s == 409 || s == 429 || s >= 500;
    }

    /** The wait the API advertises ({@code retry-after-ms}, else {@code Retry-After}), or null. */
    public static Duration advertisedWait(ApiResponse response, Instant now) {
        Duration d = ApiErrors.retryAfter(response, now);
        return d == null || d.isNegative() ? null : d;
    }

    /** Jittered exponential back-off before retry number {@code retriesDone + 1}, capped by maxRetryWait. */
    public Duration backoff(int retriesDone) {
        long base = Math.min(MAX_BACKOFF.toMillis(), INITIAL_BACKOFF.toMillis() << Math.min(retriesDone, 10));
        long jittered = (long) (base * (1 - 0.25 * ThreadLocalRandom.current().nextDouble()));
        return Duration.ofMillis(Math.min(jittered, maxRetryWait.toMillis()));
    }

    /** Whether a wait is too long for a thread to wait (beyond maxRetryWait). */
    public boolean tooLong(Duration wait) {
        return wait.compareTo(maxRetryWait) > 0;
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
