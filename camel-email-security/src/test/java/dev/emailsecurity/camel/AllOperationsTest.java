package dev.emailsecurity.camel;

import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.actions.ActionReport;
import dev.emailsecurity.camel.model.AllowPolicy;
import dev.emailsecurity.camel.model.BatchRequest;
import dev.emailsecurity.camel.model.BatchResult;
import dev.emailsecurity.camel.model.BlockedSender;
import dev.emailsecurity.camel.model.BulkActionRequest;
import dev.emailsecurity.camel.model.BulkJobDetail;
import dev.emailsecurity.camel.model.BulkSearchParams;
import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.model.PreviewRequest;
import dev.emailsecurity.camel.model.ReclassifyRequest;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.transport.ResultType;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static dev.emailsecurity.camel.operations.EmailSecurityOperation.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the table, invoked through an {@code email-security:} endpoint against the emulator: the
 * request must pass the emulator's OpenAPI validation, reach the right API operation exactly once per page, and the
 * typed result must carry, field by field, what the API sent.
 */
class AllOperationsTest extends EmulatorTestSupport {

    static final Map<EmailSecurityOperation, Supplier<Scenario>> SCENARIOS = new EnumMap<>(
            EmailSecurityOperation.class);

    /** What to send for one operation. */
    record Scenario(Object body, Map<String, Object> headers) {
        static Scenario of(Map<String, Object> headers) {
            return new Scenario(null, headers);
        }

        static Scenario body(Object body) {
            return new Scenario(body, Map.of());
        }
    }

    AllOperationsTest() {
        // investigate
        SCENARIOS.put(searchMessages, () -> Scenario.of(Map.of("CamelEmailSecurityDetectionsOnly", false)));
        SCENARIOS.put(getMessage, () -> Scenario.of(Map.of("CamelEmailSecurityInvestigateId", message("id"))));
        SCENARIOS.put(getDetections, () -> Scenario.of(Map.of("CamelEmailSecurityInvestigateId", detection("id"))));
        SCENARIOS.put(createPreview, () -> Scenario.body(PreviewRequest.of(message("postfix_id"))));
        SCENARIOS.put(getPreview, () -> Scenario.of(Map.of("CamelEmailSecurityInvestigateId", detection("id"))));
        SCENARIOS.put(getRaw, () -> Scenario.of(Map.of("CamelEmailSecurityInvestigateId", detection("id"))));
        SCENARIOS.put(getTrace, () -> Scenario.of(Map.of("CamelEmailSecurityInvestigateId", message("id"))));
        SCENARIOS.put(getActionLog, () -> Scenario.of(Map.of("CamelEmailSecurityInvestigateId", message("id"))));
        SCENARIOS.put(moveMessage, () -> new Scenario(MoveRequest.of("JunkEmail"),
                Map.of("CamelEmailSecurityInvestigateId", detection("id"))));
        SCENARIOS.put(moveMessages, () -> Scenario.body(MoveRequest.of("DeletedItems", List.of(detection("id")))));
        SCENARIOS.put(reclassifyMessage, () -> new Scenario(ReclassifyRequest.of("SPAM"),
                Map.of("CamelEmailSecurityInvestigateId", detection("id"))));
        SCENARIOS.put(releaseMessages, () -> Scenario.body(List.of(detection("id"))));
        // bulk jobs
        SCENARIOS.put(createBulkJob, () -> Scenario.body(bulkRelease()));
        SCENARIOS.put(listBulkJobs, () -> {
            createJob();
            return Scenario.of(Map.of());
        });
        SCENARIOS.put(getBulkJob, () -> Scenario.of(Map.of("CamelEmailSecurityJobId", createJob())));
        SCENARIOS.put(cancelBulkJob, () -> Scenario.of(Map.of("CamelEmailSecurityJobId", createJob())));
        SCENARIOS.put(deleteBulkJob, () -> {
            String id = createJob();
            sendOk("email-security:cancelBulkJob", null, Map.of("CamelEmailSecurityJobId", id));
            return Scenario.of(Map.of("CamelEmailSecurityJobId", id));
        });
        SCENARIOS.put(listBulkJobMessages, () -> Scenario.of(Map.of("CamelEmailSecurityJobId", createJob())));
        // reports and submissions
        SCENARIOS.put(listPhishguardReports, () -> Scenario.of(Map.of("CamelEmailSecurityStart", "2020-01-01T00:00:00Z")));
        SCENARIOS.put(listSubmissions, () -> Scenario.of(Map.of()));
        // settings
        settings("allow_policies", "CamelEmailSecurityPolicyId", listAllowPolicies, getAllowPolicy, updateAllowPolicy,
                deleteAllowPolicy, Map.of("comments", "updated by test"));
        SCENARIOS.put(createAllowPolicy, () -> Scenario.body(allowPolicy("partner@example.com")));
        SCENARIOS.put(batchAllowPolicies, () -> {
            BatchRequest<AllowPolicy> batch = new BatchRequest<>();
            batch.setPosts(List.of(allowPolicy("batch@example.com")));
            return Scenario.body(batch);
        });
        settings("block_senders", "CamelEmailSecurityPatternId", listBlockedSenders, getBlockedSender,
                updateBlockedSender, deleteBlockedSender, Map.of("comments", "updated by test"));
        SCENARIOS.put(createBlockedSender, () -> Scenario.body(blockedSender("spam@example.net")));
        SCENARIOS.put(batchBlockedSenders, () -> {
            BatchRequest<BlockedSender> batch = new BatchRequest<>();
            batch.setPosts(List.of(blockedSender("batch@example.net")));
            return Scenario.body(batch);
        });
        settings("domains", "CamelEmailSecurityDomainId", listDomains, getDomain, updateDomain, deleteDomain,
                Map.of("lookback_hops", 3));
        SCENARIOS.put(createDomain, () -> Scenario.body(newDomainJson("new.example.org")));
        SCENARIOS.put(replaceDomain, () -> new Scenario(
                "{\"allowed_delivery_modes\":[\"API\"],\"lookback_hops\":2,\"ip_restrictions\":[],"
                + "\"drop_dispositions\":[\"MALICIOUS\"],\"regions\":[\"GLOBAL\"]}",
                Map.of("CamelEmailSecurityDomainId", setting("domains", "id"))));
        SCENARIOS.put(deleteDomains, () -> Scenario.body(List.of(setting("domains", "id"))));
        SCENARIOS.put(batchDomains, () -> Scenario.body(
                "{\"deletes\":[],\"patches\":[],\"puts\":[],\"posts\":[" + newDomainJson("batch.example.org") + "]}"));
        SCENARIOS.put(getDomainVerification, () -> {
            Exchange created = sendOk("email-security:createDomain", newDomainJson("verify.example.org"), Map.of());
            return Scenario.of(Map.of("CamelEmailSecurityDomainId",
                    ((dev.emailsecurity.camel.model.Domain) created.getMessage().getBody()).getId()));
        });
        settings("impersonation_registry", "CamelEmailSecurityImpersonationRegistryId", listImpersonationRegistry,
                getImpersonationRegistryEntry, updateImpersonationRegistryEntry, deleteImpersonationRegistryEntry,
                Map.of("name", "Renamed CEO"));
        SCENARIOS.put(createImpersonationRegistryEntry, () -> Scenario.body(
                Map.of("name", "Jane Roe", "email", "jane.roe@example.com", "is_email_regex", false)));
        settings("sending_domain_restrictions", "CamelEmailSecuritySendingDomainRestrictionId",
                listSendingDomainRestrictions, getSendingDomainRestriction, updateSendingDomainRestriction,
                deleteSendingDomainRestriction, Map.of("comments", "updated by test"));
        SCENARIOS.put(createSendingDomainRestriction, () -> Scenario.body(
                Map.of("domain", "restricted.example.com", "exclude", List.of("sub.restricted.example.com"))));
        SCENARIOS.put(batchSendingDomainRestrictions, () -> Scenario.body(
                BatchRequest.deletesOnly(List.of(setting("sending_domain_restrictions", "id")))));
        settings("trusted_domains", "CamelEmailSecurityTrustedDomainId", listTrustedDomains, getTrustedDomain,
                updateTrustedDomain, deleteTrustedDomain, Map.of("comments", "updated by test"));
        SCENARIOS.put(createTrustedDomain, () -> Scenario.body(
                "{\"pattern\":\"partner.example\",\"is_recent\":true,\"is_regex\":false,\"is_similarity\":false}"));
        SCENARIOS.put(batchTrustedDomains, () -> Scenario.body(
                "{\"deletes\":[],\"patches\":[],\"puts\":[],\"posts\":[{\"pattern\":\"batch.example\","
                + "\"is_recent\":false,\"is_regex\":false,\"is_similarity\":true}]}"));
        settings("url_ignore_patterns", "CamelEmailSecurityPatternId", listUrlIgnorePatterns, getUrlIgnorePattern,
                updateUrlIgnorePattern, deleteUrlIgnorePattern, Map.of("comments", "updated by test"));
        SCENARIOS.put(createUrlIgnorePattern, () -> Scenario.body(Map.of("pattern", "https://safe\\.example/.*")));
        SCENARIOS.put(batchUrlIgnorePatterns, () -> Scenario.body(
                "{\"deletes\":[],\"patches\":[],\"puts\":[],\"posts\":[{\"pattern\":\"https://batch\\\\.example/.*\"}]}"));
        settings("content_policies", "CamelEmailSecurityPolicyId", listContentPolicies, getContentPolicy,
                updateContentPolicy, deleteContentPolicy, Map.of("enabled", false));
        SCENARIOS.put(createContentPolicy, () -> Scenario.body(Map.of("name", "invoice fraud", "enabled", true,
                "pattern", "(?i)wire transfer", "targets", List.of("SUBJECT", "BODY"))));
        SCENARIOS.put(batchContentPolicies, () -> Scenario.body(Map.of("deletes", List.of(), "patches", List.of(),
                "puts", List.of(), "posts", List.of(Map.of("name", "gift cards", "enabled", true,
                        "pattern", "gift card", "targets", List.of("BODY"))))));
    }

    private void settings(String resource, String idHeader, EmailSecurityOperation list, EmailSecurityOperation get,
                          EmailSecurityOperation update, EmailSecurityOperation delete, Map<String, Object> patch) {
        SCENARIOS.put(list, () -> Scenario.of(Map.of()));
        SCENARIOS.put(get, () -> Scenario.of(Map.of(idHeader, setting(resource, "id"))));
        SCENARIOS.put(update, () -> new Scenario(patch, Map.of(idHeader, setting(resource, "id"))));
        SCENARIOS.put(delete, () -> Scenario.of(Map.of(idHeader, setting(resource, "id"))));
    }

    @ParameterizedTest
    @EnumSource(EmailSecurityOperation.class)
    void operationSendsAValidRequestAndDecodesTheResultFieldByField(EmailSecurityOperation operation) throws Exception {
        Supplier<Scenario> scenario = SCENARIOS.get(operation);
        assertThat(scenario).as("a scenario for %s", operation).isNotNull();
        Scenario s = scenario.get();
        emulator.clearCalls();

        Exchange exchange = call("email-security:" + operation, s.body(), s.headers());

        assertThat(exchange.getException()).as("exception of %s", operation).isNull();
        List<RecordedCall> calls = callsOf(operation.spec().apiOperationId());
        assertThat(calls).as("calls to %s", operation.spec().apiOperationId()).isNotEmpty();
        assertThat(emulator.calls()).as("no call to any other operation").hasSameSizeAs(calls);
        RecordedCall last = calls.get(calls.size() - 1);
        assertThat(last.method()).isEqualTo(operation.spec().httpMethod());
        emulator.assertNoContractViolations();

        Object body = exchange.getMessage().getBody();
        if (body instanceof ActionReport report) {
            // actions on mail return a per-message report; the API's own results are kept in it as decoded
            body = operation.spec().result().kind() == ResultType.Kind.LIST ? report.getApiResults()
                    : report.getApiResults().get(0);
        }
        assertResultMatchesResponse(operation, body, last);
    }

    @Test
    void everyOperationOfTheTableHasAScenario() {
        assertThat(SCENARIOS.keySet()).containsExactlyInAnyOrder(EmailSecurityOperation.values());
        assertThat(EmailSecurityOperation.values()).hasSize(70);
    }

    @Test
    void typedMapAndJsonStringBodiesSendTheSameRequest() {
        BlockedSender typed = blockedSender("same@example.net");
        Map<String, Object> map = Map.of("pattern", "same@example.net", "pattern_type", "EMAIL", "is_regex", false);
        String json = "{\"pattern\":\"same@example.net\",\"pattern_type\":\"EMAIL\",\"is_regex\":false}";
        for (Object body : List.of(typed, map, json)) {
            emulator.clearCalls();
            sendOk("email-security:createBlockedSender", body, Map.of());
            JsonNode sent = readTree(callsOf("email_security_create_blocked_sender").get(0).requestBody());
            assertThat(sent).isEqualTo(readTree(json));
            emulator.reset();
        }
        emulator.assertNoContractViolations();
    }

    private static void assertResultMatchesResponse(EmailSecurityOperation operation, Object body, RecordedCall last)
            throws Exception {
        ResultType type = operation.spec().result();
        if (last.status() == 204) {
            assertThat(body).isNull();
            return;
        }
        JsonNode result = readTree(last.responseBody()).get("result");
        switch (type.kind()) {
            case PNG -> {
                assertThat(body).isInstanceOf(byte[].class);
                byte[] png = (byte[]) body;
                assertThat(png).startsWith(0x89, 'P', 'N', 'G');
                assertThat(png).isEqualTo(Base64.getMimeDecoder().decode(result.get("screenshot").asText()));
            }
            case EML -> {
                assertThat(body).isInstanceOf(String.class).isEqualTo(result.get("raw").asText());
                assertThat((String) body).contains("Subject:");
            }
            case LIST -> {
                assertThat(body).isInstanceOf(List.class);
                ((List<?>) body).forEach(item -> assertThat(item).isInstanceOf(type.itemClass()));
                List<?> items = (List<?>) body;
                if (operation.spec().listStyle().isPaged()) {
                    // the last call's page is the tail of the collected list
                    assertThat(items).as("items of %s", operation).isNotEmpty();
                    items = items.subList(items.size() - result.size(), items.size());
                }
                JsonAssert.covers(result, JsonCodec.mapper().valueToTree(items), operation.name());
            }
            case BATCH -> {
                assertThat(body).isInstanceOf(BatchResult.class);
                JsonAssert.covers(result, JsonCodec.mapper().valueToTree(body), operation.name());
            }
            case OBJECT -> {
                assertThat(body).isInstanceOf(type.itemClass());
                JsonAssert.covers(result, JsonCodec.mapper().valueToTree(body), operation.name());
            }
            case MAP -> assertThat(body).isInstanceOf(Map.class);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JsonCodec.mapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    // --- fixtures -------------------------------------------------------------------------------------------

    private static String message(String field) {
        return String.valueOf(emulator.state().messages().get(0).get(field));
    }

    /** A field of a message with a detection (those have previews and raw EML). */
    private static String detection(String field) {
        return emulator.state().messages().stream()
                .filter(m -> !"NONE".equals(m.get("final_disposition")))
                .findFirst().map(m -> String.valueOf(m.get(field))).orElseThrow();
    }

    private static String setting(String resource, String field) {
        List<Map<String, Object>> entries = emulator.state().settings(resource);
        assertThat(entries).as("seeded %s", resource).isNotEmpty();
        return String.valueOf(entries.get(0).get(field));
    }

    private static BulkActionRequest bulkRelease() {
        BulkSearchParams search = new BulkSearchParams();
        search.setFinalDisposition("SPAM");
        return BulkActionRequest.release(search);
    }

    private String createJob() {
        Exchange created = sendOk("email-security:createBulkJob", bulkRelease(), Map.of());
        return ((BulkJobDetail) created.getMessage().getBody()).getJobId();
    }

    private Exchange sendOk(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = call(uri, body, headers);
        assertThat(exchange.getException()).as("fixture call %s", uri).isNull();
        return exchange;
    }

    private static AllowPolicy allowPolicy(String pattern) {
        AllowPolicy p = new AllowPolicy();
        p.setPattern(pattern);
        p.setPatternType("EMAIL");
        p.setIsRegex(false);
        p.setIsTrustedSender(true);
        p.setIsExemptRecipient(false);
        p.setIsAcceptableSender(false);
        p.setVerifySender(true);
        p.setComments("created by test");
        return p;
    }

    private static BlockedSender blockedSender(String pattern) {
        BlockedSender b = new BlockedSender();
        b.setPattern(pattern);
        b.setPatternType("EMAIL");
        b.setIsRegex(false);
        return b;
    }

    private static String newDomainJson(String domain) {
        return "{\"domain\":\"" + domain + "\",\"allowed_delivery_modes\":[\"API\"],\"ip_restrictions\":[],"
               + "\"drop_dispositions\":[\"MALICIOUS\"],\"regions\":[\"GLOBAL\"]}";
    }
}
