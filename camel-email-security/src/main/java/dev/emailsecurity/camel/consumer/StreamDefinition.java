package dev.emailsecurity.camel.consumer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.StreamSpec;

/**
 * What the consumer needs to know about the items of one list operation: how an item is identified, which timestamp
 * orders it, and which fields make up its version (what change detection watches).
 *
 * @param operation     the list operation polled
 * @param kind          an event stream with a time watermark, or a watch of a whole settings collection
 * @param id            the field holding the stable id
 * @param timestamp     the field ordering an event stream (null for watches)
 * @param versionNames  the change names, sorted; empty for watches, where the whole entry counts
 * @param versionFields the fields each change name covers, in the order of {@code versionNames}
 */
record StreamDefinition(EmailSecurityOperation operation, Kind kind, Field id, Field timestamp,
                        List<String> versionNames, List<List<Field>> versionFields) {

    /** How the collection is followed. */
    public enum Kind {
        EVENTS,
        WATCH
    }

    /**
     * A field of the items: its JSON name, read through the typed model's getter (a poll reads a few fields of every
     * item; a map body, should one come, is read by name).
     *
     * @param name   the JSON name
     * @param reader reads the value from an item
     */
    public record Field(String name, Function<Object, Object> reader) {

        /** A field read by its JSON name through the mapper's view of whatever class the item has. */
        static Field byName(String name) {
            return new Field(name, item -> byName(item, name));
        }

        static Object byName(Object item, String name) {
            return ItemFields.of(item.getClass()).get(item, name);
        }

        Object read(Object item) {
            return reader.apply(item);
        }
    }

    /** The definition for an operation, from its row; null when the operation cannot be consumed. */
    public static StreamDefinition of(EmailSecurityOperation operation) {
        StreamSpec spec = operation.spec().stream();
        if (spec == null) {
            return null;
        }
        Map<String, List<Field>> fields = new TreeMap<>();
        spec.versionFields().forEach((change, covered) -> fields.put(change,
                covered.stream().map(StreamDefinition::field).toList()));
        return new StreamDefinition(operation, spec.kind() == StreamSpec.Kind.EVENTS ? Kind.EVENTS : Kind.WATCH,
                field(spec.id()), spec.timestamp() == null ? null : field(spec.timestamp()),
                List.copyOf(fields.keySet()), List.copyOf(fields.values()));
    }

    private static Field field(StreamSpec.Field declared) {
        if (declared.type() == null) {
            return Field.byName(declared.name());
        }
        return new Field(declared.name(), item -> declared.type().isInstance(item) ? declared.getter().apply(item)
                : Field.byName(item, declared.name()));
    }

    /** Whether a window that returns the API's result cap is split in halves until each half fits. */
    boolean splitsWindows() {
        return operation.spec().stream().splitsWindows();
    }

    /** The watched values of one event (see {@link Version#of(List, List, Object)}); nothing is read until hashed. */
    Version versionOf(Object item) {
        return Version.of(versionNames, versionFields, item);
    }
}
