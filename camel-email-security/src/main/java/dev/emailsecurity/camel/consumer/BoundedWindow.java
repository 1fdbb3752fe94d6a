package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Reads an event stream's backlog in windows of at most {@code limit} items, oldest first, so a consumer's memory is
 * bounded by the limit instead of by the backlog (maxWindowItems). Each poll reads [start, start + span]: a read that
 * returns more than the limit (it stops reading at limit + 1) is dropped and the span halved (more when the items
 * read show a denser stream), down to one second, the API's time resolution, where the window is read whole; a read
 * well under the limit doubles the span for the next poll; a window with nothing after its start (the items at its
 * start are the watermark's, emitted before) moves the read forward within the same poll, so a quiet stretch costs a
 * few calls, not a poll each. The span is the only state; the window's start comes from the checkpoint like any
 * other poll.
 */
final class BoundedWindow {

    /** Reads the items of [start, end], stopping after {@code max} items (0: no limit). */
    @FunctionalInterface
    interface Reader {
        List<?> read(Instant start, Instant end, int max);
    }

    /** One window read: its items and where it ended. */
    record Window(List<?> items, Instant end) {
    }

    private static final Duration SMALLEST = Duration.ofSeconds(1);

    private final int limit;
    private final Function<Object, Instant> timestamp;
    private Duration span;

    /** @param timestamp an item's timestamp, or null when it has none */
    BoundedWindow(int limit, Function<Object, Instant> timestamp) {
        this.limit = limit;
        this.timestamp = timestamp;
    }

    Window read(Instant start, Instant now, Reader reader) {
        Instant from = start;
        Duration tried = within(span, from, now);
        while (true) {
            Instant end = from.plus(tried);
            boolean smallest = tried.compareTo(SMALLEST) <= 0;
            List<?> items = reader.read(from, end, smallest ? 0 : limit + 1);
            if (items.size() > limit && !smallest) {
                tried = narrowed(tried, items, end);
                continue;
            }
            span = items.size() < limit / 4 ? tried.multipliedBy(2) : tried;
            if (end.isBefore(now) && nothingAfter(items, from)) {
                // nothing new in [from, end] (at most the items at its start, emitted before): the oldest new items
                // are later, look there in this same poll
                from = end;
                tried = within(span, from, now);
                continue;
            }
            return new Window(items, end);
        }
    }

    /**
     * The span to try after an overflow: half of it, or less when the items read show a denser stream. The read
     * returned the limit and one more item from [oldest, end]; at that density, half that length holds about half
     * the limit.
     */
    private Duration narrowed(Duration tried, List<?> items, Instant end) {
        Duration next = tried.dividedBy(2);
        Instant oldest = null;
        for (Object item : items) {
            Instant t = timestamp.apply(item);
            if (t != null && (oldest == null || t.isBefore(oldest))) {
                oldest = t;
            }
        }
        if (oldest != null && oldest.isBefore(end)) {
            Duration dense = Duration.between(oldest, end).dividedBy(2);
            if (dense.compareTo(next) < 0) {
                next = dense;
            }
        }
        return next.compareTo(SMALLEST) < 0 ? SMALLEST : next;
    }

    private boolean nothingAfter(List<?> items, Instant from) {
        for (Object item : items) {
            Instant t = timestamp.apply(item);
            if (t == null || t.isAfter(from)) {
                return false;
            }
        }
        return true;
    }

    private static Duration within(Duration span, Instant from, Instant now) {
        Duration rest = Duration.between(from, now);
        if (rest.isNegative()) {
            return Duration.ZERO;
        }
        return span == null || span.compareTo(rest) > 0 ? rest : span;
    }
}
