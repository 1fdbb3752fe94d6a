package dev.emailsecurity.camel.operations;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How a consumer follows a list operation: an event stream ordered by a timestamp, whose items are re-emitted when
 * the fields of their version change, or a watch of a whole settings collection (every entry compared as a whole).
 *
 * @param kind          an event stream with a time watermark, or a watch of a whole collection
 * @param id            the field holding the stable id
 * @param timestamp     the field ordering an event stream (null for watches)
 * @param versionFields change name to the fields it covers; empty for watches, where the whole entry counts
 * @param splitsWindows whether a time window that returns the API's result cap is split in halves until each fits
 */
public record StreamSpec(Kind kind, Field id, Field timestamp, Map<String, List<Field>> versionFields,
                         boolean splitsWindows) {

    /** How the collection is followed. */
    public enum Kind {
        EVENTS,
        WATCH
    }

    /**
     * A field of the items: its JSON name, and the typed model's getter that reads it (a poll reads a few fields of
     * every item); an item of another class is read by name.
     *
     * @param name   the JSON name
     * @param type   the model class the getter takes, or null to read by name only
     * @param getter reads the value from an item of {@code type}
     */
    public record Field(String name, Class<?> type, Function<Object, Object> getter) {

        public static <T> Field of(String name, Class<T> type, Function<T, ?> getter) {
            return new Field(name, type, item -> getter.apply(type.cast(item)));
        }

        public static Field byName(String name) {
            return new Field(name, null, null);
        }
    }

    /** An event stream of items identified by {@code id} and ordered by {@code timestamp}. */
    public static StreamSpec events(Field id, Field timestamp) {
        return new StreamSpec(Kind.EVENTS, id, timestamp, Map.of(), false);
    }

    /** A watch of a settings collection whose entries have an {@code id}. */
    public static StreamSpec watch() {
        return new StreamSpec(Kind.WATCH, Field.byName("id"), null, Map.of(), false);
    }

    /** A change the consumer reports (header CamelEmailSecurityChange) when one of these fields changes. */
    public StreamSpec version(String change, Field... fields) {
        Map<String, List<Field>> more = new TreeMap<>(versionFields);
        more.put(change, List.of(fields));
        return new StreamSpec(kind, id, timestamp, Map.copyOf(more), splitsWindows);
    }

    /** The API caps the results of one search: the consumer splits a window that reaches the cap. */
    public StreamSpec splitWindows() {
        return new StreamSpec(kind, id, timestamp, versionFields, true);
    }
}
