package dev.emailsecurity.camel.transport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.emailsecurity.camel.error.EmailSecurityRateLimitException;

/**
 * The request budget of one account and credential, shared by every endpoint that uses them. Learns the budget from
 * the {@code Ratelimit} ({@code r=} remaining, {@code t=} seconds to reset) and {@code Ratelimit-Policy}
 * ({@code q=} quota, {@code w=} window) headers of every response, and holds a caller back when the budget is spent
 * until the window resets, so that all routes on the same token stay inside the account's limit together.
 */
public final class RatePacer {

    private static final Pattern REMAINING = Pattern.compile("(?:^|;)\\s*r=(\\d+)");
    private static final Pattern RESET = Pattern.compile("(?:^|;)\\s*t=(\\d+)");
    private static final Pattern QUOTA = Pattern.compile("(?:^|;)\\s*q=(\\d+)");

    private final Clock clock;
    private Integer remaining;
    private Integer quota;
    private Instant resetAt;
    private int inFlight;

    public RatePacer(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes one request of the budget, waiting for the window to reset when it is spent.
     *
     * @param operation for the exception
     * @param maxWait   the longest this thread may wait; beyond it the call fails with a rate-limit exception
     */
    public synchronized void acquire(String operation, Duration maxWait) {
        while (remaining != null && remaining <= 0) {
            Instant now = clock.instant();
            if (resetAt == null || !now.isBefore(resetAt)) {
                remaining = quota == null ? 1 : quota;
                resetAt = null;
                break;
            }
            Duration wait = Duration.between(now, resetAt);
            if (wait.compareTo(maxWait) > 0) {
                throw new EmailSecurityRateLimitException(operation, 0, List.of(), null, resetAt);
            }
            try {
                wait(Math.max(1, wait.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the rate budget", e);
            }
        }
        if (remaining != null) {
            remaining--;
        }
        inFlight++;
    }

    /** Ends a request: learns from the response headers (response may be null when none came). */
    public synchronized void release(ApiResponse response) {
        inFlight = Math.max(0, inFlight - 1);
        if (response == null) {
            return;
        }
        Integer q = number(QUOTA, response.rateLimitPolicy());
        if (q != null) {
            quota = q;
        }
        Integer r = number(REMAINING, response.rateLimit());
        Integer t = number(RESET, response.rateLimit());
        if (r != null) {
            Instant now = clock.instant();
            int estimate = Math.max(0, r - inFlight);
            Instant reset = t == null ? null : now.plusSeconds(t);
            if (remaining == null || resetAt == null || !now.isBefore(resetAt)) {
                remaining = estimate;
                resetAt = reset;
            } else {
                // answers arrive out of order: within a window the budget only goes down
                remaining = Math.min(remaining, estimate);
                resetAt = reset != null && reset.isAfter(resetAt) ? reset : resetAt;
            }
        }
        if (response.status() == 429) {
            remaining = 0;
            // the API's Retry-After is the authority on when calls are accepted again, earlier or later than the
            // window reset the Ratelimit header announced
            Instant retryAt = ApiErrors.retryAt(response, clock.instant());
            if (retryAt != null) {
                resetAt = retryAt;
            }
        }
        notifyAll();
    }

    private static Integer number(Pattern pattern, String header) {
        if (header == null) {
            return null;
        }
        Matcher m = pattern.matcher(header);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    @Override
    public synchronized String toString() {
        return "RatePacer[remaining=" + remaining + ", quota=" + quota + ", resetAt=" + resetAt + "]";
    }
}
