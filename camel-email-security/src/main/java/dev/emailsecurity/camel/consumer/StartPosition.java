package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Reads the {@code startFrom} option: {@code now}, {@code beginning}, an ISO-8601 instant or a duration back. */
final class StartPosition {

    private StartPosition() {
    }

    /** The instant a new stream starts at; {@link Instant#EPOCH} for {@code beginning}. */
    public static Instant resolve(String startFrom, Instant now) {
        String s = startFrom == null ? "now" : startFrom.trim();
        if (isNow(s)) {
            return now.truncatedTo(ChronoUnit.SECONDS);
        }
        if ("beginning".equalsIgnoreCase(s)) {
            return Instant.EPOCH;
        }
        try {
            if (s.startsWith("P") || s.startsWith("p")) {
                return now.minus(Duration.parse(s)).truncatedTo(ChronoUnit.SECONDS);
            }
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("startFrom must be now, beginning, an ISO-8601 instant such as "
                                               + "2026-01-01T00:00:00Z or an ISO-8601 duration such as P1D, was '"
                                               + startFrom + "'", e);
        }
    }

    /** Whether the option means "now" (its default). */
    static boolean isNow(String startFrom) {
        return startFrom == null || startFrom.isBlank() || "now".equalsIgnoreCase(startFrom.trim());
    }
}
