package dev.emailsecurity.camel.actions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.model.ReclassifyRequest;
import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.operations.QueryValues;
import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.Message;

/**
 * Finds the messages an action targets, in this order: the {@code CamelEmailSecurityTargetIds} header; the body (a
 * list of ids, of {@code MessageDetails} such as a {@code searchMessages} result, of maps with an {@code id}; a
 * single one of those; the {@code ids} of a {@code MoveRequest} or of a map; a JSON array or comma-separated
 * String); finally the {@code investigateId} option or header. Duplicates are dropped, order is kept.
 */
final class ActionTargets {

    private ActionTargets() {
    }

    static List<String> resolve(Message in, ParameterSource parameters) {
        Object header = in.getHeader(EmailSecurityConstants.TARGET_IDS);
        List<String> ids = header != null ? ids(header) : ids(in.getBody());
        if (ids.isEmpty()) {
            String single = QueryValues.formatOne(parameters.get(ApiParameter.INVESTIGATE_ID));
            if (single == null) {
                single = QueryValues.formatOne(parameters.get(ApiParameter.POSTFIX_ID));
            }
            if (single != null && !single.isBlank()) {
                ids = List.of(single.trim());
            }
        }
        return List.copyOf(new LinkedHashSet<>(ids));
    }

    private static List<String> ids(Object value) {
        List<String> out = new ArrayList<>();
        collect(value, out);
        return out;
    }

    private static void collect(Object value, List<String> out) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, out));
        } else if (value instanceof Object[] a) {
            for (Object v : a) {
                collect(v, out);
            }
        } else if (value instanceof MessageDetails m) {
            out.add(m.getId());
        } else if (value instanceof ReclassifyRequest) {
            return; // a request template, not targets
        } else if (value instanceof MoveRequest r) {
            collect(r.getIds(), out);
        } else if (value instanceof Map<?, ?> m) {
            collect(m.get("id") != null ? m.get("id") : m.get("ids"), out);
        } else if (value instanceof JsonNode node) {
            collectJson(node, out);
        } else if (value instanceof CharSequence s) {
            collectText(s.toString().trim(), out);
        } else if (value instanceof Number n) {
            out.add(n.toString());
        } else {
            throw new IllegalArgumentException("Cannot find message ids in a body of type " + value.getClass().getName()
                                               + ": expected ids, MessageDetails (a searchMessages result), maps with "
                                               + "an id, or a MoveRequest");
        }
    }

    private static void collectText(String text, List<String> out) {
        if (text.startsWith("[") || text.startsWith("{")) {
            try {
                collectJson(JsonCodec.mapper().readTree(text), out);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The body is not valid JSON: " + e.getOriginalMessage(), e);
            }
            return;
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
    }

    private static void collectJson(JsonNode node, List<String> out) {
        if (node.isArray()) {
            node.forEach(n -> collectJson(n, out));
        } else if (node.isObject()) {
            JsonNode id = node.has("id") ? node.get("id") : node.get("ids");
            if (id != null) {
                collectJson(id, out);
            }
        } else if (node.isValueNode() && !node.isNull()) {
            out.add(node.asText());
        }
    }
}
