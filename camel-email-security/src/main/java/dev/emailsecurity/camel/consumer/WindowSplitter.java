package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Reads a time window whose search may be truncated at a result cap: a window that returns {@code cap} results is
 * split in halves, recursively, until each part fits (or is one second wide, the API's time resolution).
 */
final class WindowSplitter {

    private static final Duration SMALLEST = Duration.ofSeconds(1);

    private WindowSplitter() {
    }

    /**
     * @param start the window's start
     * @param end   the window's end
     * @param cap   the API's result cap, 0 for none
     * @param read  reads one window
     */
    public static List<Object> read(Instant start, Instant end, int cap, BiFunction<Instant, Instant, List<?>> read) {
        List<?> got = read.apply(start, end);
        if (cap <= 0 || got.size() < cap || Duration.between(start, end).compareTo(SMALLEST) <= 0) {
            return new ArrayList<>(got);
        }
        Instant middle = start.plus(Duration.between(start, end).dividedBy(2));
        List<Object> all = read(start, middle, cap, read);
        all.addAll(read(middle, end, cap, read));
        return all;
    }
}
