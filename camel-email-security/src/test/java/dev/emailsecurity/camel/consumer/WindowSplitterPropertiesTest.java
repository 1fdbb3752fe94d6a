package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a time window from a search that stops at a result cap, against an in-memory search that behaves like the
 * API (and the emulator): both ends inclusive, at most {@code cap} results.
 */
class WindowSplitterPropertiesTest {

    private static final Instant BASE = Instant.parse("2026-11-24T10:00:00Z");
    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    record Mail(String id, Instant at) {
    }

    record Window(Instant start, Instant end) {

        Duration width() {
            return Duration.between(start, end);
        }
    }

    @Property(tries = 500)
    void theWindowsReadTileTheWindowExactlyAndOnlyFullWindowsAreSplitInHalves(
            @ForAll @Size(max = 150) List<@IntRange(min = -5_000, max = 3_605_000) Integer> offsetsMillis,
            @ForAll @IntRange(max = 3_600) int widthSeconds, @ForAll @IntRange(max = 999_999_999) int widthNanos,
            @ForAll @IntRange(min = 1, max = 25) int cap, @ForAll boolean newestFirst, @ForAll boolean atTheMiddle) {
        Instant end = BASE.plusSeconds(widthSeconds).plusNanos(widthNanos);
        FakeSearch search = new FakeSearch(mails(offsetsMillis, end, atTheMiddle), cap, newestFirst);

        List<Object> read = WindowSplitter.read(BASE, end, cap, search::call);

        assertThat(search.calls.get(0)).isEqualTo(new Window(BASE, end));
        List<Window> leaves = leaves(search.calls);
        assertThat(leaves.get(0).start()).isEqualTo(BASE);
        assertThat(leaves.get(leaves.size() - 1).end()).isEqualTo(end);
        for (int i = 1; i < leaves.size(); i++) {
            assertThat(leaves.get(i).start()).as("leaf %s follows %s", i, i - 1).isEqualTo(leaves.get(i - 1).end());
        }
        for (Window w : search.calls) {
            boolean full = search.results(w).size() >= cap && w.width().compareTo(ONE_SECOND) > 0;
            if (leaves.contains(w)) {
                assertThat(full).as("%s was full but not split", w).isFalse();
            } else {
                assertThat(full).as("%s was split without being full", w).isTrue();
                Instant middle = w.start().plus(w.width().dividedBy(2));
                assertThat(search.calls).contains(new Window(w.start(), middle), new Window(middle, w.end()));
            }
        }
        assertThat(read).isEqualTo(leaves.stream().flatMap(w -> search.results(w).stream()).toList());
    }

    @Property(tries = 500)
    void nothingIsLostExceptInAOneSecondWindowThatHitTheCap(
            @ForAll @Size(max = 200) List<@IntRange(min = -5_000, max = 605_000) Integer> offsetsMillis,
            @ForAll @IntRange(max = 600) int widthSeconds, @ForAll @IntRange(max = 999_999_999) int widthNanos,
            @ForAll @IntRange(min = 1, max = 20) int cap, @ForAll boolean newestFirst, @ForAll boolean atTheMiddle) {
        Instant end = BASE.plusSeconds(widthSeconds).plusNanos(widthNanos);
        FakeSearch search = new FakeSearch(mails(offsetsMillis, end, atTheMiddle), cap, newestFirst);

        List<Object> read = WindowSplitter.read(BASE, end, cap, search::call);

        Set<Mail> inWindow = search.mails.stream().filter(m -> within(m.at(), new Window(BASE, end)))
                .collect(Collectors.toSet());
        Set<Object> distinct = new HashSet<>(read);
        assertThat(inWindow).containsAll(distinct.stream().map(Mail.class::cast).toList());
        List<Window> leaves = leaves(search.calls);
        for (Mail lost : inWindow) {
            if (!distinct.contains(lost)) {
                assertThat(leaves).as("%s is lost outside a full one-second window", lost)
                        .anyMatch(w -> within(lost.at(), w) && w.width().compareTo(ONE_SECOND) <= 0
                                       && search.results(w).size() == cap);
            }
        }
        if (densestSecond(inWindow) < cap) {
            assertThat(distinct).isEqualTo(new HashSet<Object>(inWindow));
        }
        // an item is read twice only when it sits on the boundary of two windows read
        Map<Object, Long> counts = read.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        Set<Instant> boundaries = leaves.stream().skip(1).map(Window::start).collect(Collectors.toSet());
        counts.forEach((mail, count) -> {
            if (count > 1) {
                assertThat(boundaries).contains(((Mail) mail).at());
            }
        });
    }

    @Property(tries = 100)
    void withoutACapTheWindowIsReadOnce(@ForAll @Size(max = 50) List<@IntRange(max = 60_000) Integer> offsetsMillis,
                                        @ForAll @IntRange(min = -3, max = 0) int cap) {
        Instant end = BASE.plusSeconds(60);
        FakeSearch search = new FakeSearch(mails(offsetsMillis, end, false), Integer.MAX_VALUE, false);

        List<Object> read = WindowSplitter.read(BASE, end, cap, search::call);

        assertThat(search.calls).containsExactly(new Window(BASE, end));
        assertThat(read).hasSize(offsetsMillis.size());
    }

    private static List<Mail> mails(List<Integer> offsetsMillis, Instant end, boolean atTheMiddle) {
        List<Mail> mails = new ArrayList<>();
        for (int i = 0; i < offsetsMillis.size(); i++) {
            mails.add(new Mail("m" + i, BASE.plusMillis(offsetsMillis.get(i))));
        }
        if (atTheMiddle) {
            Instant middle = BASE.plus(Duration.between(BASE, end).dividedBy(2));
            mails.add(new Mail("middle", middle));
            mails.add(new Mail("start", BASE));
            mails.add(new Mail("end", end));
        }
        return mails;
    }

    /** The windows read that were not split: for each start, the narrowest window read from it. */
    private static List<Window> leaves(List<Window> calls) {
        return calls.stream()
                .filter(w -> calls.stream().noneMatch(o -> o.start().equals(w.start()) && o.end().isBefore(w.end())))
                .sorted(Comparator.comparing(Window::start)).toList();
    }

    private static boolean within(Instant at, Window w) {
        return !at.isBefore(w.start()) && !at.isAfter(w.end());
    }

    /** The most mails in any closed one-second interval. */
    private static int densestSecond(Set<Mail> mails) {
        List<Instant> times = mails.stream().map(Mail::at).sorted().toList();
        int densest = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
            while (j < times.size() && !times.get(j).isAfter(times.get(i).plus(ONE_SECOND))) {
                j++;
            }
            densest = Math.max(densest, j - i);
        }
        return densest;
    }

    /** The search: the mails in [start, end], both inclusive, in the API's order, at most cap of them. */
    private static final class FakeSearch {

        final List<Mail> mails;
        final int cap;
        final boolean newestFirst;
        final List<Window> calls = new ArrayList<>();

        FakeSearch(List<Mail> mails, int cap, boolean newestFirst) {
            this.mails = mails;
            this.cap = cap;
            this.newestFirst = newestFirst;
        }

        List<?> call(Instant start, Instant end) {
            calls.add(new Window(start, end));
            return results(new Window(start, end));
        }

        List<Object> results(Window w) {
            Comparator<Mail> order = Comparator.comparing(Mail::at).thenComparing(Mail::id);
            return mails.stream().filter(m -> within(m.at(), w)).sorted(newestFirst ? order.reversed() : order)
                    .limit(cap).map(Object.class::cast).toList();
        }
    }
}
