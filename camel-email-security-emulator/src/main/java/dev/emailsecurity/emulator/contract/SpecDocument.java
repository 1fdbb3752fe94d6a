package dev.emailsecurity.emulator.contract;

import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The OpenAPI extract merged with the project's addendum (the 7 SDK-only operations), indexed by operationId.
 * Loaded once, on first use.
 */
public final class SpecDocument {

    static final String EXTRACT = "/dev/emailsecurity/emulator/openapi/email-security-openapi.json";
    static final String ADDENDUM = "/dev/emailsecurity/emulator/openapi/email-security-openapi-addendum.json";

    /** An operation of the spec. */
    record Operation(String path, String method, JsonNode node, JsonNode pathItem) {
    }

    private static final class Holder {
        static final SpecDocument INSTANCE = load();
    }

    private final ObjectNode root;
    private final Map<String, Operation> operations = new HashMap<>();

    private SpecDocument(ObjectNode root) {
        this.root = root;
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> p = paths.next();
            Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields();
            while (ops.hasNext()) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (op.getValue().has("operationId")) {
                    operations.put(op.getValue().get("operationId").asText(),
                            new Operation(p.getKey(), op.getKey().toUpperCase(), op.getValue(), p.getValue()));
                }
            }
        }
    }

    public static SpecDocument get() {
        return Holder.INSTANCE;
    }

    private static SpecDocument load() {
        ObjectNode extract = read(EXTRACT);
        ObjectNode addendum = read(ADDENDUM);
        ((ObjectNode) extract.get("paths")).setAll((ObjectNode) addendum.get("paths"));
        ((ObjectNode) extract.path("components").path("schemas"))
                .setAll((ObjectNode) addendum.path("components").path("schemas"));
        fixUp(extract);
        SpecGenerations.widen(extract);
        return new SpecDocument(extract);
    }

    /**
     * Corrections of reconstructed parts of the extract, applied in memory (the file stays verbatim):
     * the bulk-job action params declare a {@code discriminator} without a mapping over inline variants (which
     * validators resolve to non-existent schemas named MOVE/RELEASE), so it is dropped (the variants' {@code type}
     * enums still tell them apart); and DELETE /settings/domains returns an array, which the reconstructed
     * single-result envelope (object or string) cannot hold, so it uses the common envelope.
     */
    private static void fixUp(ObjectNode root) {
        ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
        for (String name : new String[] {"email-security_BulkJobActionParams",
            "email-security_BulkMessageActionParams"}) {
            ((ObjectNode) schemas.get(name)).remove("discriminator");
        }
        JsonNode allOf = root.path("paths").path("/accounts/{account_id}/email-security/settings/domains")
                .path("delete").path("responses").path("200").path("content").path("application/json")
                .path("schema").path("allOf");
        ((ObjectNode) allOf.get(0)).put("$ref", "#/components/schemas/email-security_api-response-common");
        unwrapQueryAllOf(root);
    }

    /**
     * A query parameter whose schema is {@code allOf} of one {@code $ref} ({@code pattern_type}) is read by the swagger
     * validator as a JSON object, so every value fails; the single reference says the same and validates.
     */
    private static void unwrapQueryAllOf(ObjectNode root) {
        for (JsonNode pathItem : root.path("paths")) {
            for (JsonNode operation : pathItem) {
                for (JsonNode parameter : operation.path("parameters")) {
                    JsonNode allOf = parameter.path("schema").path("allOf");
                    if ("query".equals(parameter.path("in").asText()) && allOf.size() == 1) {
                        ((ObjectNode) parameter).set("schema", allOf.get(0));
                    }
                }
            }
        }
    }

    private static ObjectNode read(String resource) {
        try (InputStream in = SpecDocument.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The merged spec as JSON text (for the swagger validator). */
    public String text() {
        return Json.write(root);
    }

    Operation operation(String operationId) {
        return operations.get(operationId);
    }

    public Map<String, Operation> operations() {
        return operations;
    }

    /** Follows a local {@code $ref} chain. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
