package dev.emailsecurity.camel.consumer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Parses the API's ISO-8601 timestamps. The form the API writes ({@code 2026-11-24T10:15:30.123456Z}) is read
 * directly; anything else (offsets, leap seconds, malformed text) goes to {@link Instant#parse}, which gives the same
 * result or the same error. A poll parses one timestamp per item, and {@code Instant.parse} allocates about a
 * kilobyte each time.
 */
final class InstantText {

    private static final int[] SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private InstantText() {
    }

    static Instant parse(CharSequence text) {
        int n = text.length();
        if (n < 20 || n == 21 || n > 30 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-'
            || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
            || n > 20 && text.charAt(19) != '.') {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = n > 20 ? digits(text, 20, n - 1) : 0;
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
            || second > 59 || fraction < 0) {
            return Instant.parse(text);
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return Instant.parse(text);
        }
        int nanos = n > 20 ? fraction * SCALE[9 - (n - 21)] : 0;
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in [from, to), or -1 when a character is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    /** Reads a checkpoint's ISO-8601 text back into an instant. */
    static final class Deserializer extends StdScalarDeserializer<Instant> {

        Deserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return parse(parser.getValueAsString());
        }
    }
}
