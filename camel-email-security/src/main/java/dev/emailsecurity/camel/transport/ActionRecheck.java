package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.emailsecurity.camel.model.ActionEntry;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;

/**
 * Decides what to re-send of an action on mail whose first attempt may have reached the API (connection reset,
 * response timeout, 5xx): reads each message's action log and keeps only the messages on which the action did not
 * happen. Release looks for {@code QUARANTINE_RELEASE}, move for {@code MOVE} (to the same destination), reclassify
 * for {@code SUBMISSION}, each started after the first attempt (less a tolerance for clock skew).
 */
final class ActionRecheck {

    /** How far before our first attempt an action-log entry may start and still count as ours (clock skew). */
    static final Duration SKEW = Duration.ofMinutes(2);

    /**
     * What is left to do.
     *
     * @param resend the request to send again (only the messages where nothing happened), or null for nothing
     * @param done    the ids on which the action had already happened
     * @param pending the ids on which the action log does not show it
     */
    record Plan(ApiRequest resend, List<String> done, List<String> pending) {
    }

    private final Function<String, List<ActionEntry>> actionLog;

    /** @param actionLog reads the action log of one investigate id */
    ActionRecheck(Function<String, List<ActionEntry>> actionLog) {
        this.actionLog = actionLog;
    }

    /** Whether the operation can be re-checked at all. */
    static boolean supports(EmailSecurityOperation operation) {
        return switch (operation) {
            case releaseMessages, moveMessage, moveMessages, reclassifyMessage -> true;
            default -> false;
        };
    }

    /** The plan, or null when the body cannot be re-checked (e.g. a move by postfix ids). */
    Plan plan(EmailSecurityOperation operation, ApiRequest request, Instant firstSent) throws IOException {
        Instant since = firstSent.minus(SKEW);
        return switch (operation) {
            case releaseMessages -> {
                JsonNode body = JsonCodec.mapper().readTree(request.body());
                boolean idsObject = body.isObject(); // {"ids": [...]} since cloudflare 7.3.0, else the bare array
                List<String> ids = texts(idsObject ? body.get("ids") : body);
                List<String> pending = pending(ids, "QUARANTINE_RELEASE", null, since);
                yield plan(request, ids, pending, JsonCodec.toBytes(idsObject ? Map.of("ids", pending) : pending));
            }
            case moveMessages -> {
                ObjectNode body = (ObjectNode) JsonCodec.mapper().readTree(request.body());
                if (body.has("postfix_ids") && !body.get("postfix_ids").isEmpty()) {
                    yield null;
                }
                List<String> ids = texts(body.get("ids"));
                List<String> pending = pending(ids, "MOVE", body.path("destination").asText(null), since);
                ArrayNode kept = body.putArray("ids");
                pending.forEach(kept::add);
                yield plan(request, ids, pending, JsonCodec.toBytes(body));
            }
            case moveMessage, reclassifyMessage -> {
                String id = idInPath(request.path());
                String destination = operation == EmailSecurityOperation.moveMessage
                        ? JsonCodec.mapper().readTree(request.body()).path("destination").asText(null) : null;
                List<String> pending = pending(List.of(id),
                        operation == EmailSecurityOperation.moveMessage ? "MOVE" : "SUBMISSION", destination, since);
                yield plan(request, List.of(id), pending, request.body());
            }
            default -> null;
        };
    }

    private static Plan plan(ApiRequest request, List<String> all, List<String> pending, byte[] body) {
        List<String> done = all.stream().filter(id -> !pending.contains(id)).toList();
        ApiRequest resend = pending.isEmpty() ? null
                : new ApiRequest(request.operation(), request.method(), request.path(), request.query(), body);
        return new Plan(resend, done, List.copyOf(pending));
    }

    private List<String> pending(List<String> ids, String action, String destination, Instant since) {
        List<String> pending = new ArrayList<>();
        for (String id : ids) {
            boolean happened = actionLog.apply(id).stream().anyMatch(e -> action.equalsIgnoreCase(e.getOperation())
                                                                          && startedSince(e, since)
                                                                          && sameDestination(e, destination));
            if (!happened) {
                pending.add(id);
            }
        }
        return pending;
    }

    private static boolean startedSince(ActionEntry entry, Instant since) {
        String at = entry.getStartedAt() != null ? entry.getStartedAt() : entry.getCompletedAt();
        if (at == null) {
            return true;
        }
        try {
            return !OffsetDateTime.parse(at).toInstant().isBefore(since);
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static boolean sameDestination(ActionEntry entry, String destination) {
        if (destination == null || entry.getProperties() == null) {
            return true;
        }
        Object d = entry.getProperties().get("folder");
        Object d2 = entry.getProperties().get("destination");
        return (d == null && d2 == null) || destination.equals(d) || destination.equals(d2);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    private static String idInPath(String path) {
        String[] segments = path.split("/");
        return URLDecoder.decode(segments[2], StandardCharsets.UTF_8);
    }
}
