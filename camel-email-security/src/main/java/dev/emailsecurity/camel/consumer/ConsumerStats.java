package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** The figures of one consumer, for its health check and the dev console. Thread-safe. */
public final class ConsumerStats {

    private final AtomicLong emitted = new AtomicLong();
    private final AtomicLong changesEmitted = new AtomicLong();
    private final AtomicLong repeatsSuppressed = new AtomicLong();
    private final AtomicLong skippedPolls = new AtomicLong();
    private final AtomicLong failedItemsSkipped = new AtomicLong();
    private volatile Instant rateLimitedUntil;
    private volatile String authFailure;

    void emitted(boolean change) {
        emitted.incrementAndGet();
        if (change) {
            changesEmitted.incrementAndGet();
        }
    }

    void repeatSuppressed() {
        repeatsSuppressed.incrementAndGet();
    }

    void failedItemSkipped() {
        failedItemsSkipped.incrementAndGet();
    }

    void skippedPoll() {
        skippedPolls.incrementAndGet();
    }

    void rateLimited(Instant until) {
        rateLimitedUntil = until;
    }

    void authFailed(String message) {
        authFailure = message;
    }

    /** A poll reached the API and succeeded. */
    void healthy() {
        rateLimitedUntil = null;
        authFailure = null;
    }

    public long emitted() {
        return emitted.get();
    }

    public long changesEmitted() {
        return changesEmitted.get();
    }

    public long repeatsSuppressed() {
        return repeatsSuppressed.get();
    }

    /** Items whose exchange failed and that were counted as done ({@code skipFailedItems=true}). */
    public long failedItemsSkipped() {
        return failedItemsSkipped.get();
    }

    public long skippedPolls() {
        return skippedPolls.get();
    }

    /** The instant until which polls are skipped after a 429, or null. */
    public Instant rateLimitedUntil() {
        return rateLimitedUntil;
    }

    /** The message of the last 401/403, or null once a poll succeeds again. */
    public String authFailure() {
        return authFailure;
    }
}
