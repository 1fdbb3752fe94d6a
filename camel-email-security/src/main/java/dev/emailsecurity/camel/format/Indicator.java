package dev.emailsecurity.camel.format;

import java.util.List;
import java.util.Objects;

/**
 * One indicator of compromise taken from an item, normalised (lower-case domains and hashes, refanged URLs).
 *
 * @param type    what it is
 * @param value   the normalised value
 * @param sources the model fields it was found in, first first (e.g. {@code detections.links.href}, {@code replyto})
 */
public record Indicator(IndicatorType type, String value, List<String> sources) {

    public Indicator {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        sources = List.copyOf(sources);
    }

    /** The model field it was first found in. */
    public String source() {
        return sources.get(0);
    }
}
