package dev.emailsecurity.camel.operations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/** Option and header values as the strings the API expects. */
class QueryValuesTest {

    enum Direction {
        INBOUND, OUTBOUND;

        @Override
        public String toString() {
            return name().toLowerCase() + " mail";
        }
    }

    @Property(tries = 300)
    void collectionsAndArraysBecomeOneStringPerElementInOrderWithoutNullsOrEmpties(
            @ForAll @Size(max = 6) List<@Size(max = 6) List<@StringLength(max = 8) String>> nested) {
        List<String> expected = new ArrayList<>();
        nested.forEach(inner -> inner.stream().filter(s -> !s.isEmpty()).forEach(expected::add));
        List<Object> withNulls = new ArrayList<>();
        for (List<String> inner : nested) {
            withNulls.add(null);
            withNulls.add(inner.toArray(new String[0]));
        }

        assertThat(QueryValues.format(nested)).isEqualTo(expected);
        assertThat(QueryValues.format(withNulls)).isEqualTo(expected);
        assertThat(QueryValues.format(withNulls.toArray())).isEqualTo(expected);
        assertThat(QueryValues.formatOne(nested)).isEqualTo(expected.isEmpty() ? null : expected.get(0));
    }

    @Property
    void primitiveArraysAndSetsAreSpreadToo(@ForAll @Size(max = 8) int[] numbers, @ForAll boolean flag) {
        List<String> expected = Arrays.stream(numbers).mapToObj(Integer::toString).toList();

        assertThat(QueryValues.format(numbers)).isEqualTo(expected);
        assertThat(QueryValues.format(new LinkedHashSet<>(List.of(flag)))).containsExactly(Boolean.toString(flag));
        assertThat(QueryValues.formatOne(new boolean[] {flag, !flag})).isEqualTo(flag ? "true" : "false");
    }

    @Property
    void bytesAreUtf8TextNotAnArrayOfNumbers(@ForAll("texts") String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(QueryValues.format(bytes)).isEqualTo(text.isEmpty() ? List.of() : List.of(text));
        assertThat(QueryValues.format(List.of(bytes, bytes))).hasSize(text.isEmpty() ? 0 : 2);
    }

    @Provide
    Arbitrary<String> texts() {
        // ASCII and non-ASCII letters (two- and three-byte UTF-8), no lone surrogates
        return Arbitraries.strings().withChars("abc@.-_ ").withCharRange('\u00e0', '\u00ff')
                .withCharRange('\u4e00', '\u4e20').ofMaxLength(12);
    }

    @Property
    void instantsAndDatesAreIso8601InUtc(@ForAll @LongRange(min = 0, max = 253_402_300_799_999L) long epochMillis,
                                        @ForAll @IntRange(max = 999_999) int nanosOfMilli) {
        Instant instant = Instant.ofEpochMilli(epochMillis).plusNanos(nanosOfMilli);
        Date date = Date.from(instant);

        assertThat(QueryValues.format(instant)).containsExactly(instant.toString());
        assertThat(Instant.parse(QueryValues.formatOne(instant))).isEqualTo(instant);
        assertThat(Instant.parse(QueryValues.formatOne(date))).isEqualTo(Instant.ofEpochMilli(epochMillis));
        assertThat(QueryValues.formatOne(date)).endsWith("Z");
    }

    @Property
    void zonedTimesKeepTheInstantAndDropTheRegionName(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long epochSecond,
                                                       @ForAll("zones") ZoneId zone) {
        ZonedDateTime zoned = Instant.ofEpochSecond(epochSecond).atZone(zone);

        String text = QueryValues.formatOne(zoned);

        assertThat(text).doesNotContain("[");
        assertThat(OffsetDateTime.parse(text).toInstant()).isEqualTo(zoned.toInstant());
    }

    @Example
    void otherValuesAsTheirText() {
        assertThat(QueryValues.format(null)).isEmpty();
        assertThat(QueryValues.formatOne(null)).isNull();
        assertThat(QueryValues.formatOne("")).isNull();
        assertThat(QueryValues.format(List.of())).isEmpty();
        assertThat(QueryValues.format(Direction.OUTBOUND)).containsExactly("OUTBOUND");
        assertThat(QueryValues.format(List.of(Direction.INBOUND, Direction.OUTBOUND)))
                .containsExactly("INBOUND", "OUTBOUND");
        assertThat(QueryValues.format(true)).containsExactly("true");
        assertThat(QueryValues.format(42L)).containsExactly("42");
        assertThat(QueryValues.format(LocalDate.of(2026, 12, 3))).containsExactly("2026-12-03");
        assertThat(QueryValues.format(new StringBuilder("a b"))).containsExactly("a b");
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
    }
}
