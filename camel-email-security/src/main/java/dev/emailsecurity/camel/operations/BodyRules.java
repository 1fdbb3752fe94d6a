package dev.emailsecurity.camel.operations;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.json.JsonCodec;

/**
 * What the API requires of a request body beyond its shape: the required fields its row names
 * ({@link BodyType#requiredFields()}), at most {@value #MAX_ITEMS}
 * entries per array of a batch or id list, and ids that are not blank and hold no '/'. Checked on the encoded body
 * before any call, so that a bad body fails with a message naming the field.
 */
final class BodyRules {

    /** The API's {@code maxItems} for the arrays of a batch request, applied to id lists too. */
    public static final int MAX_ITEMS = 1000;


    private static final List<String> BATCH_ARRAYS = List.of("deletes", "patches", "puts", "posts");

    private BodyRules() {
    }

    /** The fields a create operation's body must have (empty when none are known). */
    public static List<String> requiredFields(EmailSecurityOperation operation) {
        return operation.spec().body().requiredFields();
    }

    /**
     * Checks an encoded body.
     *
     * @throws IllegalArgumentException naming the operation and what is wrong
     */
    public static void check(EmailSecurityOperation operation, byte[] body) {
        if (body == null) {
            return;
        }
        JsonNode node;
        try {
            node = JsonCodec.mapper().readTree(body);
        } catch (IOException e) {
            return; // RequestBodies has already reported bodies that are not JSON
        }
        switch (operation.spec().body().shape()) {
            case OBJECT -> checkObject(operation, node);
            case BATCH -> checkBatch(operation, node);
            case ID_LIST -> checkIds(operation, "the body", node, false);
            case IDS_OBJECT -> {
                if (!node.path("ids").isArray() || node.path("ids").isEmpty()) {
                    throw new IllegalArgumentException("Operation " + operation
                                                       + ": the body needs a non-empty array \"ids\"");
                }
                checkIds(operation, "ids", node.get("ids"), false);
            }
            case ID_OBJECT_LIST -> checkIds(operation, "the body", node, true);
            default -> {
            }
        }
    }

    private static void checkObject(EmailSecurityOperation operation, JsonNode node) {
        List<String> missing = new ArrayList<>();
        for (String field : requiredFields(operation)) {
            if (!node.hasNonNull(field)) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Operation " + operation + ": the body lacks the required field"
                                               + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (node.has("ids")) {
            checkIds(operation, "ids", node.get("ids"), false);
        }
    }

    private static void checkBatch(EmailSecurityOperation operation, JsonNode node) {
        for (String array : BATCH_ARRAYS) {
            JsonNode items = node.get(array);
            if (items != null && items.isArray() && items.size() > MAX_ITEMS) {
                throw new IllegalArgumentException("Operation " + operation + ": " + array + " has " + items.size()
                                                   + " entries, the API takes at most " + MAX_ITEMS + " per request");
            }
        }
    }

    private static void checkIds(EmailSecurityOperation operation, String what, JsonNode ids, boolean objects) {
        if (!ids.isArray()) {
            return;
        }
        if (ids.size() > MAX_ITEMS) {
            throw new IllegalArgumentException("Operation " + operation + ": " + what + " has " + ids.size()
                                               + " ids, the API takes at most " + MAX_ITEMS + " per request");
        }
        for (JsonNode item : ids) {
            JsonNode id = objects ? item.get("id") : item;
            checkId(operation, what, id == null || id.isNull() ? null : id.asText());
        }
    }

    /** An id must be non-blank, must not contain '/' and must not be '.' or '..' (it becomes a path segment). */
    public static void checkId(EmailSecurityOperation operation, String what, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Operation " + operation + ": " + what + " holds a blank id");
        }
        if (id.indexOf('/') >= 0) {
            throw new IllegalArgumentException("Operation " + operation + ": '" + id + "' in " + what
                                               + " is not a valid id (it contains '/')");
        }
        if (".".equals(id.trim()) || "..".equals(id.trim())) {
            throw new IllegalArgumentException("Operation " + operation + ": '" + id + "' in " + what
                                               + " is not a valid id (a path segment '.' or '..' would name another "
                                               + "resource)");
        }
    }
}
