package dev.emailsecurity.camel.consumer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;

/**
 * What the consumer needs to know about the items of one list operation: how an item is identified, which timestamp
 * orders it, and which fields make up its version (what change detection watches).
 *
 * @param operation      the list operation polled
 * @param kind           an event stream with a time watermark, or a watch of a whole settings collection
 * @param idField        the JSON field holding the stable id
 * @param timestampField the JSON field ordering an event stream (null for watches)
 * @param versionFields  change name to the JSON fields it covers; empty for watches, where the whole entry counts
 */
public record StreamDefinition(EmailSecurityOperation operation, Kind kind, String idField, String timestampField,
                               Map<String, List<String>> versionFields) {

    /** How the collection is followed. */
    public enum Kind {
        EVENTS,
        WATCH
    }

    /** The definition for an operation, or null when the operation cannot be consumed. */
    public static StreamDefinition of(EmailSecurityOperation operation) {
        return switch (operation) {
            case searchMessages -> events(operation, "id", "scanned_at", "disposition", List.of("final_disposition"),
                    "quarantine", List.of("is_quarantined"), "postDeliveryOperations",
                    List.of("post_delivery_operations"));
            case listSubmissions -> events(operation, "submission_id", "requested_at", "status", List.of("status"),
                    "outcome", List.of("outcome", "outcome_disposition"));
            case listPhishguardReports -> events(operation, "id", "created_at", "updatedAt", List.of("updated_at"));
            default -> isSettingsList(operation)
                    ? new StreamDefinition(operation, Kind.WATCH, "id", null, Map.of()) : null;
        };
    }

    private static boolean isSettingsList(EmailSecurityOperation operation) {
        return operation.name().startsWith("list") && operation.spec().listStyle().isList()
               && operation.spec().pathTemplate().startsWith("/settings/");
    }

    private static StreamDefinition events(EmailSecurityOperation operation, String id, String timestamp,
                                           Object... nameThenFields) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameThenFields.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> covered = (List<String>) nameThenFields[i + 1];
            fields.put((String) nameThenFields[i], covered);
        }
        return new StreamDefinition(operation, Kind.EVENTS, id, timestamp, Map.copyOf(fields));
    }

    /** The watched values of one item, change name to value; for watches, the whole entry. */
    public Map<String, String> versionOf(JsonNode item) {
        Map<String, String> values = new java.util.TreeMap<>();
        if (kind == Kind.WATCH) {
            values.put("entry", item.toString());
            return values;
        }
        versionFields.forEach((name, fields) -> {
            StringBuilder sb = new StringBuilder();
            for (String f : fields) {
                JsonNode v = item.get(f);
                sb.append(v == null || v.isNull() ? "" : v.toString()).append('|');
            }
            values.put(name, sb.toString());
        });
        return values;
    }
}
