package dev.emailsecurity.camel.operations;

import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * Turns option and header values into the strings the API expects: ISO-8601 for times, {@code true}/{@code false}
 * for booleans, one string per element for collections and arrays (sent as repeated keys), UTF-8 text for a
 * {@code byte[]} (a header read from a message body or a wire format often arrives as bytes).
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static List<String> format(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    /** A single value; null for null. */
    public static String formatOne(Object value) {
        List<String> all = format(value);
        return all.isEmpty() ? null : all.get(0);
    }

    private static void collect(Object value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out));
        } else if (value.getClass().isArray() && !(value instanceof byte[])) {
            for (int i = 0; i < Array.getLength(value); i++) {
                collect(Array.get(value, i), out);
            }
        } else if (value instanceof Date d) {
            out.add(d.toInstant().toString());
        } else if (value instanceof ZonedDateTime z) {
            out.add(z.toOffsetDateTime().toString());
        } else if (value instanceof Instant || value instanceof TemporalAccessor) {
            out.add(value.toString());
        } else if (value instanceof Enum<?> e) {
            out.add(e.name());
        } else if (value instanceof byte[] bytes) {
            addUnlessEmpty(new String(bytes, StandardCharsets.UTF_8), out);
        } else {
            addUnlessEmpty(value.toString(), out);
        }
    }

    private static void addUnlessEmpty(String s, List<String> out) {
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
