package dev.emailsecurity.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Runs live mode's tick every interval of the emulator's clock: on a scheduler thread for a real clock, or in the
 * thread that advances a {@link ManualClock}.
 */
interface LiveTicker {

    /** Stops ticking; a tick under way completes first. */
    void stop();

    static LiveTicker start(Clock clock, Duration interval, Runnable tick, ThreadFactory threads) {
        if (clock instanceof ManualClock manual) {
            ManualClock.Timer timer = manual.schedule(manual.instant().plus(interval), interval, tick);
            return timer::cancel;
        }
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        long ms = interval.toMillis();
        scheduler.scheduleAtFixedRate(tick, ms, ms, TimeUnit.MILLISECONDS);
        return () -> {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
