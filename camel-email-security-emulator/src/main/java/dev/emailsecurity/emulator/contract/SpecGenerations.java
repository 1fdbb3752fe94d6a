package dev.emailsecurity.emulator.contract;

import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Widens the July 2026 extract to what the newest official SDK ({@code cloudflare} 7.3.0 on npm) sends and reads,
 * so that the emulator accepts, and validates, both generations: users of either SDK and of older component versions
 * test against the same emulator. Applied in memory (the extract stays verbatim); each change is listed in
 * {@code docs/reference/API-CHANGES.md}.
 */
final class SpecGenerations {

    private static final String PREFIX = "/accounts/{account_id}/email-security";

    private SpecGenerations() {
    }

    static void widen(ObjectNode root) {
        JsonNode paths = root.path("paths");
        ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");

        // release: {"ids": [...]} (7.3.0) or the bare array (July 2026)
        ObjectNode release = (ObjectNode) paths.path(PREFIX + "/investigate/release").path("post")
                .path("requestBody").path("content").path("application/json");
        JsonNode bareArray = release.get("schema");
        ObjectNode idsObject = Json.object();
        idsObject.put("type", "object");
        idsObject.putArray("required").add("ids");
        idsObject.putObject("properties").set("ids", bareArray.deepCopy());
        ObjectNode either = Json.object();
        either.putArray("oneOf").add(bareArray).add(idsObject);
        release.set("schema", either);

        // preview of a message by postfix id: {"id"} (7.3.0) or {"postfix_id"} (July 2026)
        ObjectNode preview = (ObjectNode) paths.path(PREFIX + "/investigate/preview").path("post")
                .path("requestBody").path("content").path("application/json").path("schema");
        preview.remove("required");
        ((ObjectNode) preview.path("properties")).set("id", preview.path("properties").path("postfix_id").deepCopy());
        ArrayNode oneOfTheNames = preview.putArray("anyOf");
        oneOfTheNames.addObject().putArray("required").add("id");
        oneOfTheNames.addObject().putArray("required").add("postfix_id");

        // domain replace (PUT): lookback_hops optional
        ArrayNode replaceRequired = (ArrayNode) schemas.path("email-security_ReplaceDomain").path("required");
        for (int i = replaceRequired.size() - 1; i >= 0; i--) {
            if ("lookback_hops".equals(replaceRequired.get(i).asText())) {
                replaceRequired.remove(i);
            }
        }

        // domains bulk delete: both official SDKs send no body
        ((ObjectNode) paths.path(PREFIX + "/settings/domains").path("delete").path("requestBody"))
                .put("required", false);

        // PhishGuard reports: page/per_page and the collection envelope with result_info (V4PagePaginationArray)
        ObjectNode reports = (ObjectNode) paths.path(PREFIX + "/phishguard/reports").path("get");
        ArrayNode reportParams = (ArrayNode) reports.get("parameters");
        reportParams.addObject().put("$ref", "#/components/parameters/email-security_page");
        reportParams.addObject().put("$ref", "#/components/parameters/email-security_per_page");
        ((ObjectNode) reports.path("responses").path("200").path("content").path("application/json").path("schema")
                .path("allOf").get(0)).put("$ref", "#/components/schemas/email-security_api-response-collection");

        // submissions: order and direction
        ObjectNode submissions = (ObjectNode) paths.path(PREFIX + "/submissions").path("get");
        ObjectNode order = ((ArrayNode) submissions.get("parameters")).addObject();
        order.put("name", "order").put("in", "query");
        ArrayNode orders = order.putObject("schema").put("type", "string").putArray("enum");
        for (String o : new String[] {"submission_id", "subject", "original_disposition", "requested_disposition",
            "outcome_disposition", "requested_at"}) {
            orders.add(o);
        }
        ((ArrayNode) submissions.get("parameters")).addObject()
                .put("$ref", "#/components/parameters/email-security_direction");

        // search by SMTP HELO IP; bulk job counts of cancelled and skipped messages
        ObjectNode helo = Json.object();
        helo.put("name", "smtp_helo_ip").put("in", "query").putObject("schema").put("type", "string");
        ((ArrayNode) paths.path(PREFIX + "/investigate").path("get").path("parameters")).add(helo);
        ((ObjectNode) schemas.path("email-security_BulkSearchParams").path("properties")).putObject("smtp_helo_ip")
                .put("type", "string").put("nullable", true);
        ObjectNode job = (ObjectNode) schemas.path("email-security_BulkJobDetail").path("properties");
        job.putObject("messages_cancelled").put("type", "integer");
        job.putObject("messages_skipped").put("type", "integer");

        // domain status in upper case (7.3.0), lower case (July 2026)
        addEnum(schemas.get("email-security_DomainStatus"), "PENDING", "ACTIVE", "FAILED", "TIMEOUT");
        // delivery status move_failed (7.3.0)
        addEnum(schemas.get("email-security_MessageDeliveryStatus"), "move_failed");
    }

    private static void addEnum(JsonNode schema, String... values) {
        JsonNode target = schema.has("enum") ? schema : schema.path("items");
        ArrayNode e = (ArrayNode) target.get("enum");
        for (String v : values) {
            e.add(v);
        }
    }
}
