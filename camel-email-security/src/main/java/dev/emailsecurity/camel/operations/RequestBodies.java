package dev.emailsecurity.camel.operations;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.model.BatchRequest;
import dev.emailsecurity.camel.model.DeletedItem;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.PreviewRequest;
import dev.emailsecurity.camel.json.JsonCodec;

/**
 * Encodes a message body to the JSON an operation takes. Accepts the typed model, a {@code Map}, a {@code JsonNode}
 * or JSON text; list bodies also take collections of ids or of objects that carry an id. Anything else is refused
 * before any call is made, with a message that says what the operation accepts.
 */
final class RequestBodies {

    private RequestBodies() {
    }

    /** The JSON bytes to send, or null for operations without a body. */
    public static byte[] encode(EmailSecurityOperation operation, Object body, ParameterSource parameters) {
        BodyType type = operation.spec().body();
        if (!type.hasBody()) {
            return null;
        }
        Object value = body != null ? body : defaultBody(operation, parameters);
        if (value == null) {
            if (type.required()) {
                throw new IllegalArgumentException("Operation " + operation + " needs a body: " + type.describe());
            }
            return null;
        }
        if (value instanceof String || value instanceof byte[] || value instanceof InputStream) {
            return jsonText(operation, type, value);
        }
        return switch (type.shape()) {
            case OBJECT -> JsonCodec.toBytes(checkObject(operation, type, value));
            case BATCH -> JsonCodec.toBytes(checkBatch(operation, type, value));
            case ID_LIST -> JsonCodec.toBytes(ids(operation, type, value));
            case IDS_OBJECT -> JsonCodec.toBytes(Map.of("ids", ids(operation, type, value)));
            case ID_OBJECT_LIST -> JsonCodec.toBytes(ids(operation, type, value).stream().map(DeletedItem::new).toList());
            case NONE -> null;
        };
    }

    private static Object defaultBody(EmailSecurityOperation operation, ParameterSource parameters) {
        if (operation == EmailSecurityOperation.createPreview) {
            String postfixId = QueryValues.formatOne(parameters.get(ApiParameter.POSTFIX_ID));
            return postfixId == null ? null : PreviewRequest.of(postfixId);
        }
        return null;
    }

    private static byte[] jsonText(EmailSecurityOperation operation, BodyType type, Object value) {
        byte[] bytes;
        try {
            bytes = value instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : value instanceof byte[] b ? b : ((InputStream) value).readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("Operation " + operation + ": cannot read the body stream", e);
        }
        boolean idsObject = type.shape() == BodyType.Shape.IDS_OBJECT;
        if ((type.shape() == BodyType.Shape.ID_LIST || idsObject) && value instanceof String s
            && !s.trim().startsWith("[") && !s.trim().startsWith("{")) {
            return JsonCodec.toBytes(idsObject ? Map.of("ids", List.of(s.trim())) : List.of(s.trim()));
        }
        JsonNode node;
        try {
            node = JsonCodec.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Operation " + operation + ": the body is not valid JSON ("
                                               + e.getOriginalMessage() + "); expected " + type.describe(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Operation " + operation + ": cannot read the body", e);
        }
        if (idsObject) {
            return node != null && node.isArray() ? JsonCodec.toBytes(Map.of("ids", node)) : bytes;
        }
        boolean wantsArray = type.shape() == BodyType.Shape.ID_LIST || type.shape() == BodyType.Shape.ID_OBJECT_LIST;
        if (node == null || wantsArray != node.isArray() || (!wantsArray && !node.isObject())) {
            throw new IllegalArgumentException("Operation " + operation + ": the JSON body must be a JSON "
                                               + (wantsArray ? "array" : "object") + "; expected " + type.describe());
        }
        return bytes;
    }

    private static Object checkObject(EmailSecurityOperation operation, BodyType type, Object value) {
        if (type.modelClass().isInstance(value) || value instanceof Map || value instanceof JsonNode) {
            return value;
        }
        throw wrongType(operation, type, value);
    }

    private static Object checkBatch(EmailSecurityOperation operation, BodyType type, Object value) {
        if (value instanceof BatchRequest || value instanceof Map || value instanceof JsonNode) {
            return value;
        }
        throw wrongType(operation, type, value);
    }

    private static List<String> ids(EmailSecurityOperation operation, BodyType type, Object value) {
        Collection<?> items = value instanceof Collection<?> c ? c
                : value instanceof Object[] a ? List.of(a) : List.of(value);
        List<String> ids = new ArrayList<>(items.size());
        for (Object item : items) {
            String id = idOf(item);
            if (id == null) {
                throw wrongType(operation, type, item);
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("Operation " + operation + " needs at least one id in its body");
        }
        return ids;
    }

    private static String idOf(Object item) {
        if (item instanceof CharSequence || item instanceof Number) {
            return item.toString();
        }
        if (item instanceof MessageDetails m) {
            return m.getId();
        }
        if (item instanceof DeletedItem d) {
            return d.getId();
        }
        if (item instanceof Map<?, ?> m && m.get("id") != null) {
            return m.get("id").toString();
        }
        return null;
    }

    private static IllegalArgumentException wrongType(EmailSecurityOperation operation, BodyType type, Object value) {
        return new IllegalArgumentException("Operation " + operation + " cannot take a body of type "
                                            + value.getClass().getName() + "; expected " + type.describe());
    }
}
