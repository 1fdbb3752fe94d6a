package dev.emailsecurity.camel;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.spi.UriParam;

/**
 * Strict reading of the text of numeric, duration and boolean endpoint options, before Camel binds them. Camel's
 * property binding reads an {@code int} or {@code long} option as a duration text too and makes 0 of text it does not
 * understand ({@code maxRetries=abc} would turn retries off), and wraps an {@code int} that overflows: this refuses
 * such text with a message naming the option and the value, and hands Camel durations already in milliseconds.
 */
final class OptionText {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");
    private static final Pattern TEXT_DURATION = Pattern.compile(
            "(?i)\\s*(?:(\\d+)\\s*(?:d|days?))?\\s*(?:(\\d+)\\s*(?:h|hours?))?\\s*(?:(\\d+)\\s*(?:m|min|minutes?))?"
            + "\\s*(?:(\\d+)\\s*(?:s|sec|seconds?))?\\s*(?:(\\d+)\\s*(?:ms|millis|milliseconds?))?\\s*");
    private static final long[] UNIT_MILLIS = { 86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L };

    private enum Kind {
        INT, DURATION, BOOLEAN
    }

    private static final Map<String, Kind> KINDS = kinds();

    private OptionText() {
    }

    /**
     * Checks the text values among endpoint parameters, and replaces duration texts by their milliseconds.
     *
     * @throws IllegalArgumentException naming the option and the value
     */
    static void check(Map<String, Object> parameters) {
        for (Map.Entry<String, Object> e : parameters.entrySet()) {
            Kind kind = KINDS.get(e.getKey().toLowerCase(Locale.ROOT));
            if (kind == null || !(e.getValue() instanceof String text) || text.startsWith("#")) {
                continue;
            }
            switch (kind) {
                case INT -> wholeNumber(e.getKey(), text);
                case DURATION -> e.setValue(String.valueOf(durationMillis(e.getKey(), text)));
                case BOOLEAN -> bool(e.getKey(), text);
                default -> throw new IllegalStateException(kind.name());
            }
        }
    }

    private static void wholeNumber(String option, String text) {
        String t = text.trim();
        try {
            if (WHOLE.matcher(t).matches()) {
                Integer.parseInt(t);
                return;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("email-security: " + option + " must be a whole number between "
                                               + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ", was '" + text + "'");
        }
        throw new IllegalArgumentException("email-security: " + option + " must be a whole number, was '" + text + "'");
    }

    /** Milliseconds, ISO-8601 ({@code PT5M}) or Camel's text form ({@code 5m30s}); never negative. */
    static long durationMillis(String option, String text) {
        String t = text.trim();
        long millis;
        if (WHOLE.matcher(t).matches()) {
            try {
                millis = Long.parseLong(t);
            } catch (NumberFormatException e) {
                throw badDuration(option, text);
            }
        } else if (t.toUpperCase(Locale.ROOT).matches("[+-]?P.*")) {
            try {
                millis = Duration.parse(t.toUpperCase(Locale.ROOT)).toMillis();
            } catch (DateTimeParseException | ArithmeticException e) {
                throw badDuration(option, text);
            }
        } else {
            Matcher m = TEXT_DURATION.matcher(t);
            if (t.isEmpty() || !m.matches()) {
                throw badDuration(option, text);
            }
            millis = 0;
            for (int i = 0; i < UNIT_MILLIS.length; i++) {
                if (m.group(i + 1) != null) {
                    millis += Long.parseLong(m.group(i + 1)) * UNIT_MILLIS[i];
                }
            }
        }
        if (millis < 0) {
            throw new IllegalArgumentException("email-security: " + option + " must not be negative, was '" + text + "'");
        }
        return millis;
    }

    private static IllegalArgumentException badDuration(String option, String text) {
        return new IllegalArgumentException("email-security: " + option + " must be a duration: milliseconds, "
                                            + "ISO-8601 (PT30S) or 30s / 5m / 1h, was '" + text + "'");
    }

    private static void bool(String option, String text) {
        if (!"true".equalsIgnoreCase(text.trim()) && !"false".equalsIgnoreCase(text.trim())) {
            throw new IllegalArgumentException("email-security: " + option + " must be true or false, was '" + text
                                               + "'");
        }
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new HashMap<>();
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = EmailSecurityConfiguration.class; c != Object.class; c = c.getSuperclass()) {
            fields.addAll(List.of(c.getDeclaredFields())); // its option groups are superclasses
        }
        for (Field f : fields) {
            UriParam param = f.getAnnotation(UriParam.class);
            if (param == null) {
                continue;
            }
            Class<?> type = f.getType();
            String name = f.getName().toLowerCase(Locale.ROOT);
            if ("java.time.Duration".equals(param.javaType())) {
                kinds.put(name, Kind.DURATION);
            } else if (type == int.class || type == Integer.class) {
                kinds.put(name, Kind.INT);
            } else if (type == boolean.class || type == Boolean.class) {
                kinds.put(name, Kind.BOOLEAN);
            }
        }
        return Map.copyOf(kinds);
    }
}
