package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The test clock on its own: reads, advances, timers. */
class ManualClockTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void readsWhatItWasSetToUntilMoved() {
        ManualClock clock = new ManualClock(T0);
        assertThat(clock.instant()).isEqualTo(T0);
        assertThat(clock.millis()).isEqualTo(T0.toEpochMilli());
        assertThat(clock.advance(Duration.ofSeconds(90))).isEqualTo(T0.plusSeconds(90));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(90));
        clock.set(T0.minusSeconds(5));
        assertThat(clock.instant()).isEqualTo(T0.minusSeconds(5));
        assertThat(new ManualClock().instant()).isEqualTo(ManualClock.DEFAULT_START);
    }

    @Test
    void aZoneCopySharesTheTime() {
        ManualClock clock = new ManualClock(T0);
        ManualClock paris = clock.withZone(ZoneId.of("Europe/Paris"));
        clock.advance(Duration.ofMinutes(1));
        assertThat(paris.instant()).isEqualTo(T0.plusSeconds(60));
        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(clock.withZone(clock.getZone())).isSameAs(clock);
    }

    @Test
    void rejectsGoingBackwardsByAdvance() {
        ManualClock clock = new ManualClock(T0);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT-1S");
    }

    @Test
    void timersRunOncePerPeriodPassedAtTheirOwnInstantsInOrder() {
        ManualClock clock = new ManualClock(T0);
        List<String> runs = new ArrayList<>();
        clock.schedule(T0.plusSeconds(10), Duration.ofSeconds(10), () -> runs.add("a@" + clock.instant()));
        clock.schedule(T0.plusSeconds(15), Duration.ofSeconds(15), () -> runs.add("b@" + clock.instant()));

        clock.advance(Duration.ofSeconds(9));
        assertThat(runs).isEmpty();
        clock.advance(Duration.ofSeconds(21));
        assertThat(runs).containsExactly("a@" + T0.plusSeconds(10), "b@" + T0.plusSeconds(15),
                "a@" + T0.plusSeconds(20), "a@" + T0.plusSeconds(30), "b@" + T0.plusSeconds(30));
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(30));
    }

    @Test
    void setForwardRunsTimersSetBackRunsNothingAndCancelledTimersStop() {
        ManualClock clock = new ManualClock(T0);
        List<Instant> runs = new ArrayList<>();
        ManualClock.Timer timer = clock.schedule(T0.plusSeconds(1), Duration.ofSeconds(1),
                () -> runs.add(clock.instant()));
        clock.set(T0.plusSeconds(2));
        assertThat(runs).containsExactly(T0.plusSeconds(1), T0.plusSeconds(2));
        clock.set(T0);
        clock.advance(Duration.ofSeconds(2));
        assertThat(runs).hasSize(2);
        clock.advance(Duration.ofSeconds(1));
        assertThat(runs).containsExactly(T0.plusSeconds(1), T0.plusSeconds(2), T0.plusSeconds(3));
        timer.cancel();
        clock.advance(Duration.ofSeconds(10));
        assertThat(runs).hasSize(3);
    }

    @Test
    void concurrentAdvancesAddUpAndEachPeriodRunsOnce() throws Exception {
        ManualClock clock = new ManualClock(T0);
        AtomicInteger runs = new AtomicInteger();
        clock.schedule(T0.plusSeconds(1), Duration.ofSeconds(1), runs::incrementAndGet);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        clock.advance(Duration.ofSeconds(1));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(1000));
        assertThat(runs).hasValue(1000);
    }
}
