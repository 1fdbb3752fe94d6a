package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BoundedWindow on its own (no HTTP): over a backlog of timestamps with bursts and long empty stretches, polls that
 * each start at the newest timestamp emitted (the consumer's watermark) cover every item once, oldest first, never
 * hold more than the limit (except a one-second burst, read whole), and always reach now.
 */
class BoundedWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @ParameterizedTest(name = "{0} items, limit {1}, seed {2}")
    @CsvSource({ "5000, 100, 1", "5000, 100, 2", "20000, 1000, 3", "300, 1000, 4", "0, 10, 5", "2000, 7, 6" })
    void pollsFromTheWatermarkCoverEveryItemOnceWithinTheLimit(int n, int limit, long seed) {
        List<Instant> backlog = backlog(n, new Random(seed));
        BoundedWindow window = new BoundedWindow(limit, item -> (Instant) item);
        Instant watermark = Instant.parse("2000-01-01T00:00:00Z");
        List<Instant> emitted = new ArrayList<>();
        int reads = 0;
        for (int poll = 0; poll < 100_000; poll++) {
            int[] calls = {0};
            Instant from = watermark;
            BoundedWindow.Window read = window.read(from, NOW, (start, end, max) -> {
                calls[0]++;
                List<Instant> items = backlog.stream()
                        .filter(t -> !t.isBefore(start) && !t.isAfter(end)).toList();
                return max > 0 && items.size() > max ? items.subList(items.size() - max, items.size()) : items;
            });
            reads += calls[0];
            List<Instant> fresh = read.items().stream().map(i -> (Instant) i).filter(t -> t.isAfter(from))
                    .sorted().toList();
            assertThat(read.items().size() <= limit || sameSecond(read.items())).isTrue();
            emitted.addAll(fresh);
            if (!fresh.isEmpty()) {
                watermark = fresh.get(fresh.size() - 1);
            }
            if (read.end().equals(NOW) && fresh.isEmpty()) {
                break;
            }
        }
        System.out.printf("bounded window: %d items, limit %d -> %d reads%n", n, limit, reads);
        assertThat(emitted).hasSize(backlog.size()).isSorted().containsExactlyInAnyOrderElementsOf(backlog);
    }

    /** Distinct timestamps, 1-400 ms apart, with a silent week after about one in a thousand. */
    private static List<Instant> backlog(int n, Random random) {
        List<Instant> out = new ArrayList<>();
        Instant t = NOW.minus(Duration.ofDays(3650));
        while (out.size() < n) {
            t = t.plusMillis(random.nextInt(1000) < 1 ? Duration.ofDays(7).toMillis() : 1 + random.nextInt(400));
            if (t.isAfter(NOW.minusSeconds(1))) {
                break;
            }
            out.add(t);
        }
        return out;
    }

    private static boolean sameSecond(List<?> items) {
        return items.stream().map(i -> ((Instant) i).getEpochSecond()).distinct().count() <= 2;
    }
}
