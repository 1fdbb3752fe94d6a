package dev.emailsecurity.camel.actions;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.camel.model.ActionEntry;
import dev.emailsecurity.camel.operations.ActionLogCheck;
import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.RequestFactory;
import dev.emailsecurity.camel.transport.ActionRecheck;
import dev.emailsecurity.camel.transport.ApiRequest;
import dev.emailsecurity.camel.transport.EmailSecurityClient;

/**
 * Decides what to re-send of an action on mail whose first attempt may have reached the API (connection reset,
 * response timeout, 5xx): reads each message's action log (the getActionLog row) and keeps only the messages on which
 * the action did not happen. What counts as "happened" is the operation's {@link ActionLogCheck}: an entry of that
 * kind (to the same destination for a move), started after the first attempt less a tolerance for clock skew.
 */
final class ActionLogRecheck implements ActionRecheck {

    /** How far before our first attempt an action-log entry may start and still count as ours (clock skew). */
    static final Duration SKEW = Duration.ofMinutes(2);

    private final ActionLogCheck check;
    private final int idSegment;
    private final Function<String, List<ActionEntry>> actionLog;

    ActionLogRecheck(EmailSecurityOperation operation, Function<String, List<ActionEntry>> actionLog) {
        this.check = operation.spec().recheck();
        this.idSegment = Arrays.asList(operation.spec().pathTemplate().split("/"))
                .indexOf("{" + ApiParameter.INVESTIGATE_ID.apiName() + "}");
        this.actionLog = actionLog;
    }

    /** The request of an action on mail, re-checked through the action log when its row says how. */
    static ApiRequest rechecked(EmailSecurityOperation operation, ApiRequest request, EmailSecurityClient client) {
        if (operation.spec().recheck() == null) {
            return request;
        }
        return request.withRecheck(new ActionLogRecheck(operation, id -> actionLog(client, id)));
    }

    @SuppressWarnings("unchecked")
    private static List<ActionEntry> actionLog(EmailSecurityClient client, String investigateId) {
        EmailSecurityOperation read = EmailSecurityOperation.getActionLog;
        ApiRequest request = RequestFactory.build(read, p -> p == ApiParameter.INVESTIGATE_ID ? investigateId : null,
                null);
        Object result = client.call(request, read.spec().result()).decoded().result();
        return result == null ? List.of() : (List<ActionEntry>) result;
    }

    @Override
    public Plan plan(ApiRequest request, Instant firstSent) throws IOException {
        Instant since = firstSent.minus(SKEW);
        JsonNode body = request.body() == null ? null : JsonCodec.mapper().readTree(request.body());
        String destination = check.matchDestination() && body != null ? body.path("destination").asText(null) : null;
        if (!check.idsInBody()) {
            List<String> ids = List.of(idInPath(request.path()));
            return plan(request, ids, pending(ids, destination, since), request.body());
        }
        if (body instanceof ArrayNode) { // the bare array of ids, before cloudflare 7.3.0
            List<String> ids = texts(body);
            List<String> pending = pending(ids, destination, since);
            return plan(request, ids, pending, JsonCodec.toBytes(pending));
        }
        if (!(body instanceof ObjectNode object) || object.has("postfix_ids") && !object.get("postfix_ids").isEmpty()) {
            return null; // messages named by postfix id: the action log is read by investigate id
        }
        List<String> ids = texts(object.get("ids"));
        List<String> pending = pending(ids, destination, since);
        ArrayNode kept = object.putArray("ids");
        pending.forEach(kept::add);
        return plan(request, ids, pending, JsonCodec.toBytes(object));
    }

    private static Plan plan(ApiRequest request, List<String> all, List<String> pending, byte[] body) {
        List<String> done = all.stream().filter(id -> !pending.contains(id)).toList();
        ApiRequest resend = pending.isEmpty() ? null : request.withBody(body);
        return new Plan(resend, done, List.copyOf(pending));
    }

    private List<String> pending(List<String> ids, String destination, Instant since) {
        List<String> pending = new ArrayList<>();
        for (String id : ids) {
            boolean happened = actionLog.apply(id).stream()
                    .anyMatch(e -> check.loggedAs().equalsIgnoreCase(e.getOperation()) && startedSince(e, since)
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

    private String idInPath(String path) {
        return URLDecoder.decode(path.split("/")[idSegment], StandardCharsets.UTF_8);
    }
}
