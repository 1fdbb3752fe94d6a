package dev.emailsecurity.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A clock for tests that moves only when told to. Give it to the emulator with
 * {@link EmailSecurityEmulator.Builder#clock(Clock)}; everything the emulator does over time then follows it:
 *
 * <ul>
 * <li>live mode: advancing past k live intervals runs the k ticks, in order, in the advancing thread, before
 * {@link #advance(Duration)} returns; during each tick the clock reads that tick's instant, so the new messages
 * carry it;</li>
 * <li>bulk jobs move one status per {@code bulkJobStep} of clock time;</li>
 * <li>a rate-limit window resets only once the clock has passed its end, and {@code Retry-After} counts clock
 * time.</li>
 * </ul>
 *
 * Thread-safe: reads never block; advances are serialized. Injected delays ({@code faults().delay(...)}) still
 * take real time, since they exist to make clients time out.
 */
public final class ManualClock extends Clock {

    /** The instant the no-argument constructor starts at. */
    public static final Instant DEFAULT_START = Instant.parse("2026-07-01T09:00:00Z");

    /** Shared by this clock and its {@link #withZone} copies. */
    private static final class Time {
        private volatile Instant now;
        private final List<Timer> timers = new ArrayList<>();

        Time(Instant start) {
            this.now = start;
        }
    }

    /** A repeating task run when the clock passes its due instant. */
    final class Timer {
        private final Duration period;
        private final Runnable task;
        private Instant due;

        private Timer(Instant due, Duration period, Runnable task) {
            this.due = due;
            this.period = period;
            this.task = task;
        }

        /** Stops the timer; when a run is under way in another thread, waits for it to end. */
        void cancel() {
            synchronized (time) {
                time.timers.remove(this);
            }
        }
    }

    private final Time time;
    private final ZoneId zone;

    /** Starts at {@link #DEFAULT_START}, in UTC. */
    public ManualClock() {
        this(DEFAULT_START);
    }

    /**
     * @param start the instant the clock reads until it is advanced
     */
    public ManualClock(Instant start) {
        this(new Time(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    private ManualClock(Time time, ZoneId zone) {
        this.time = time;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return time.now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** @return a clock with the same time (advancing either advances both) in another zone */
    @Override
    public ManualClock withZone(ZoneId zone) {
        return zone.equals(this.zone) ? this : new ManualClock(time, zone);
    }

    /**
     * Moves the clock forward, running every timer that falls due on the way (see the class comment).
     *
     * @param amount how far; zero runs the timers due now
     * @return the new instant
     * @throws IllegalArgumentException when negative
     */
    public Instant advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("amount must not be negative: " + amount + " (use set to go back)");
        }
        synchronized (time) {
            return moveTo(time.now.plus(amount));
        }
    }

    /**
     * Sets the clock. Forward, it behaves as {@link #advance(Duration)}; backward, it runs nothing and timers
     * keep their due instants.
     *
     * @param instant the new instant
     * @return the new instant
     */
    public Instant set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        synchronized (time) {
            if (instant.isBefore(time.now)) {
                time.now = instant;
                return instant;
            }
            return moveTo(instant);
        }
    }

    /**
     * Runs {@code task} each time the clock passes {@code first}, {@code first + period}, ...
     *
     * @return the timer, to cancel it
     */
    Timer schedule(Instant first, Duration period, Runnable task) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        synchronized (time) {
            Timer timer = new Timer(first, period, task);
            time.timers.add(timer);
            return timer;
        }
    }

    private Instant moveTo(Instant target) {
        Timer next;
        while ((next = nextDue(target)) != null) {
            time.now = next.due;
            next.due = next.due.plus(next.period);
            next.task.run();
        }
        time.now = target;
        return target;
    }

    private Timer nextDue(Instant target) {
        Timer first = null;
        for (Timer t : time.timers) {
            if (!t.due.isAfter(target) && (first == null || t.due.isBefore(first.due))) {
                first = t;
            }
        }
        return first;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManualClock other && other.time == time && other.zone.equals(zone);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(time) * 31 + zone.hashCode();
    }

    @Override
    public String toString() {
        return "ManualClock[" + time.now + "," + zone + "]";
    }
}
