package dev.emailsecurity.emulator.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixed-window request budget per credential, like the Cloudflare account limit (1,200 requests per
 * 5 minutes). Once spent, every call of that credential gets 429 until the window ends.
 */
public final class RateLimiter {

    /** The outcome for one request: the header values and whether it may proceed. */
    record Decision(boolean allowed, int remaining, long resetSeconds, int budget, long windowSeconds) {

        String ratelimitHeader() {
            return "\"default\";r=" + remaining + ";t=" + resetSeconds;
        }

        String policyHeader() {
            return "\"default\";q=" + budget + ";w=" + windowSeconds;
        }
    }

    private static final class Window {
        Instant start;
        int used;
    }

    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();
    private int budget;
    private Duration window;

    public RateLimiter(Clock clock, int budget, Duration window) {
        this.clock = clock;
        configure(budget, window);
    }

    public synchronized void configure(int budget, Duration window) {
        if (budget < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("budget and window must be positive");
        }
        this.budget = budget;
        this.window = window;
        windows.clear();
    }

    synchronized void clear() {
        windows.clear();
    }

    /** Consumes one request of the bucket's budget if any is left. */
    synchronized Decision acquire(String bucket) {
        Instant now = clock.instant();
        Window w = windows.computeIfAbsent(bucket, k -> new Window());
        if (w.start == null || !now.isBefore(w.start.plus(window))) {
            w.start = now;
            w.used = 0;
        }
        boolean allowed = w.used < budget;
        if (allowed) {
            w.used++;
        }
        long millisLeft = Duration.between(now, w.start.plus(window)).toMillis();
        long reset = Math.max(1, (millisLeft + 999) / 1000);
        return new Decision(allowed, budget - w.used, reset, budget, Math.max(1, window.toSeconds()));
    }
}
