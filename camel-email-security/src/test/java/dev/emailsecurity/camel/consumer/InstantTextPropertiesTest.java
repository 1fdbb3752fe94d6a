package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Beyond {@link InstantTextTest}'s well-formed samples and fixed list of odd texts: any instant's own text reads back,
 * and text one edit away from a valid timestamp gives exactly what {@link Instant#parse} gives, value or error.
 */
class InstantTextPropertiesTest {

    @Property
    void everyInstantsTextReadsBack(@ForAll("instants") Instant instant) {
        assertThat(InstantText.parse(instant.toString())).isEqualTo(instant);
    }

    @Property(tries = 3000)
    void oneCharacterChangedGivesWhatInstantParseGives(@ForAll("instants") Instant instant,
                                                       @ForAll @IntRange(max = 40) int position,
                                                       @ForAll("timestampChars") char replacement,
                                                       @ForAll("edits") String edit) {
        StringBuilder text = new StringBuilder(instant.toString());
        int at = position % (text.length() + 1);
        switch (edit) {
            case "replace" -> {
                if (at < text.length()) {
                    text.setCharAt(at, replacement);
                }
            }
            case "insert" -> text.insert(at, replacement);
            default -> text.deleteCharAt(Math.min(at, text.length() - 1));
        }
        assertSameAsInstantParse(text.toString());
    }

    @Property(tries = 2000)
    void fieldsOutOfRangeGiveWhatInstantParseGives(@ForAll @IntRange(max = 9999) int year,
                                                   @ForAll @IntRange(max = 19) int month,
                                                   @ForAll @IntRange(max = 39) int day,
                                                   @ForAll @IntRange(max = 29) int hour,
                                                   @ForAll @IntRange(max = 69) int minute,
                                                   @ForAll @IntRange(max = 69) int second,
                                                   @ForAll @IntRange(max = 9) int fractionDigits,
                                                   @ForAll @IntRange(max = 999_999_999) int fraction) {
        String digits = String.format("%09d", fraction).substring(0, fractionDigits);
        assertSameAsInstantParse(String.format("%04d-%02d-%02dT%02d:%02d:%02d%sZ", year, month, day, hour, minute,
                second, fractionDigits == 0 ? "" : "." + digits));
    }

    private static void assertSameAsInstantParse(String text) {
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                Instant got = InstantText.parse(text);
                throw new AssertionError("'" + text + "' is not an instant for Instant.parse, but gave " + got);
            } catch (DateTimeParseException expectedFailure) {
                return;
            }
        }
        assertThat(InstantText.parse(text)).as(text).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(-62_135_596_800L, 3_093_527_980_799L);
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000),
                Arbitraries.integers().between(0, 999_999_999));
        Arbitrary<Instant> anywhere = Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
        // near the limits of each field, where one changed digit makes an hour 24, a second 60 or a 30 February
        Arbitrary<LocalDateTime> limits = Combinators.combine(Arbitraries.integers().between(1, 9999),
                Arbitraries.of(1, 2, 9, 10, 12), Arbitraries.of(1, 9, 19, 20, 28, 29, 30, 31),
                Arbitraries.of(0, 9, 19, 20, 23), Arbitraries.of(0, 9, 50, 59), Arbitraries.of(0, 9, 50, 59))
                .as((y, mo, d, h, mi, s) -> LocalDateTime.of(y, mo, Math.min(d, YearMonth.of(y, mo).lengthOfMonth()),
                        h, mi, s));
        Arbitrary<Instant> nearLimits = Combinators.combine(limits, nanos)
                .as((t, n) -> t.toInstant(ZoneOffset.UTC).plusNanos(n));
        return Arbitraries.oneOf(anywhere, nearLimits);
    }

    @Provide
    Arbitrary<Character> timestampChars() {
        return Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', ':', '.', 'T', 'Z', 'z', 't', '+', ' ', '/', 'a');
    }

    @Provide
    Arbitrary<String> edits() {
        return Arbitraries.of("replace", "insert", "delete");
    }
}
