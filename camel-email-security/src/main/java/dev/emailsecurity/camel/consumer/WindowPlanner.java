package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;

/**
 * The window an event stream reads on one poll: from the watermark minus the overlap (or further back, to cover the
 * change-detection window), never before the stream's start minus the overlap, up to now. The start only moves
 * forward from poll to poll, so an item forgotten because it is older than the start is never read again.
 */
record WindowPlanner(Duration overlap, Duration changeWindow, boolean changeDetection) {

    /** The start of the window read at {@code now}. */
    public Instant start(Checkpoint checkpoint, Instant now) {
        Instant from = checkpoint.watermark().minus(overlap);
        if (changeDetection) {
            Instant watched = now.minus(changeWindow);
            if (watched.isBefore(from)) {
                from = watched;
            }
        }
        Instant lowest = checkpoint.floor().minus(overlap);
        if (from.isBefore(lowest)) {
            from = lowest;
        }
        if (from.isBefore(Instant.EPOCH)) {
            from = Instant.EPOCH;
        }
        return from.isAfter(now) ? now : from;
    }
}
