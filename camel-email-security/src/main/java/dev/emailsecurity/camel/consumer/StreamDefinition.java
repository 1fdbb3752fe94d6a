package dev.emailsecurity.camel.consumer;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.PhishGuardReport;
import dev.emailsecurity.camel.model.Submission;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;

/**
 * What the consumer needs to know about the items of one list operation: how an item is identified, which timestamp
 * orders it, and which fields make up its version (what change detection watches).
 *
 * @param operation     the list operation polled
 * @param kind          an event stream with a time watermark, or a watch of a whole settings collection
 * @param id            the field holding the stable id
 * @param timestamp     the field ordering an event stream (null for watches)
 * @param versionFields change name to the fields it covers, by name; empty for watches, where the whole entry counts
 */
public record StreamDefinition(EmailSecurityOperation operation, Kind kind, Field id, Field timestamp,
                               Map<String, List<Field>> versionFields) {

    /** Where a thread writes one version value before it becomes a string: one per item read. */
    private static final ThreadLocal<StringBuilder> VERSION_TEXT = ThreadLocal.withInitial(() -> new StringBuilder(64));

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

        static <T> Field of(String name, Class<T> type, Function<T, ?> getter) {
            return new Field(name, item -> type.isInstance(item) ? getter.apply(type.cast(item)) : byName(item, name));
        }

        /** A field read by its JSON name through the mapper's view of whatever class the item has. */
        static Field byName(String name) {
            return new Field(name, item -> byName(item, name));
        }

        private static Object byName(Object item, String name) {
            return ItemFields.of(item.getClass()).get(item, name);
        }

        Object read(Object item) {
            return reader.apply(item);
        }
    }

    /** The definition for an operation, or null when the operation cannot be consumed. */
    public static StreamDefinition of(EmailSecurityOperation operation) {
        return switch (operation) {
            case searchMessages -> events(operation,
                    Field.of("id", MessageDetails.class, MessageDetails::getId),
                    Field.of("scanned_at", MessageDetails.class, MessageDetails::getScannedAt),
                    "disposition", List.of(Field.of("final_disposition", MessageDetails.class,
                            MessageDetails::getFinalDisposition)),
                    "quarantine", List.of(Field.of("is_quarantined", MessageDetails.class,
                            MessageDetails::isQuarantined)),
                    "postDeliveryOperations", List.of(Field.of("post_delivery_operations", MessageDetails.class,
                            MessageDetails::getPostDeliveryOperations)));
            case listSubmissions -> events(operation,
                    Field.of("submission_id", Submission.class, Submission::getSubmissionId),
                    Field.of("requested_at", Submission.class, Submission::getRequestedAt),
                    "status", List.of(Field.of("status", Submission.class, Submission::getStatus)),
                    "outcome", List.of(Field.of("outcome", Submission.class, Submission::getOutcome),
                            Field.of("outcome_disposition", Submission.class, Submission::getOutcomeDisposition)));
            case listPhishguardReports -> events(operation,
                    Field.of("id", PhishGuardReport.class, PhishGuardReport::getId),
                    Field.of("created_at", PhishGuardReport.class, PhishGuardReport::getCreatedAt),
                    "updatedAt", List.of(Field.of("updated_at", PhishGuardReport.class,
                            PhishGuardReport::getUpdatedAt)));
            default -> isSettingsList(operation)
                    ? new StreamDefinition(operation, Kind.WATCH, Field.byName("id"), null, Map.of()) : null;
        };
    }

    private static boolean isSettingsList(EmailSecurityOperation operation) {
        return operation.name().startsWith("list") && operation.spec().listStyle().isList()
               && operation.spec().pathTemplate().startsWith("/settings/");
    }

    private static StreamDefinition events(EmailSecurityOperation operation, Field id, Field timestamp,
                                           Object... nameThenFields) {
        Map<String, List<Field>> fields = new TreeMap<>();
        for (int i = 0; i < nameThenFields.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Field> covered = (List<Field>) nameThenFields[i + 1];
            fields.put((String) nameThenFields[i], covered);
        }
        return new StreamDefinition(operation, Kind.EVENTS, id, timestamp, fields);
    }

    /**
     * The watched values of one event, change name to value: each covered field as its JSON text followed by
     * {@code |}, the empty string standing for null. Checkpoints compare these strings across restarts.
     */
    Map<String, String> versionOf(Object item) {
        Map<String, String> values = new TreeMap<>();
        StringBuilder text = VERSION_TEXT.get();
        for (Map.Entry<String, List<Field>> watched : versionFields.entrySet()) {
            text.setLength(0);
            for (Field field : watched.getValue()) {
                ItemFields.appendJson(text, field.read(item));
                text.append('|');
            }
            values.put(watched.getKey(), text.toString());
        }
        return values;
    }
}
