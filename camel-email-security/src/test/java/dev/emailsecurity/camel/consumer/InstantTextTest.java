package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The direct timestamp parser gives exactly what {@link Instant#parse} gives, and fails where it fails. */
class InstantTextTest {

    @Test
    void agreesWithInstantParseOnEveryFractionLength() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(0, 253_402_300_799L), random.nextInt(1_000_000_000));
            int digits = i % 10;
            String pattern = "yyyy-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "'Z'";
            String text = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(instant);
            assertEquals(Instant.parse(text), InstantText.parse(text), text);
        }
    }

    @Test
    void unusualAndMalformedTextGivesWhatInstantParseGives() {
        List<String> texts = List.of("2026-11-24T10:15:30+02:00", "2026-11-24T10:15:30.5-01:30", "+12026-11-24T10:15:30Z",
                "2016-12-31T23:59:60Z", "2026-11-24T24:00:00Z", "2026-11-24T10:15:30.Z", "2026-02-30T10:15:30Z",
                "2026-13-01T10:15:30Z", "2026-11-24T10:60:00Z", "2026-11-24T10:15:30.1234567890Z",
                "2026-1a-24T10:15:30Z", "2026-11-24 10:15:30Z", "2026-11-24T10:15:30z", "yesterday", "");
        int failures = 0;
        for (String text : texts) {
            Instant expected;
            try {
                expected = Instant.parse(text);
            } catch (DateTimeParseException e) {
                failures++;
                assertThrows(DateTimeParseException.class, () -> InstantText.parse(text), text);
                continue;
            }
            assertEquals(expected, InstantText.parse(text), text);
        }
        assertTrue(failures >= 8, "the list has malformed texts: " + failures);
    }
}
