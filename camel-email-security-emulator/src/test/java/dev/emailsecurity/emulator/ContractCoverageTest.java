package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emailsecurity.emulator.contract.SpecDocument;
import dev.emailsecurity.emulator.store.SettingsKind;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Must-show 1: every response of all 63 spec operations (plus the 7 addendum ones), success and error cases,
 * validated against the OpenAPI extract by swagger-request-validator-core.
 */
class ContractCoverageTest {

    private static final ManualClock CLOCK = new ManualClock();
    private static final java.time.Duration STEP = java.time.Duration.ofMillis(20);
    private static EmailSecurityEmulator emulator;
    private static Api api;

    @BeforeAll
    static void start() {
        emulator = EmailSecurityEmulator.builder().validateAgainstSpec(true).messageCount(60)
                .bulkJobStep(STEP).clock(CLOCK).build().start();
        api = new Api(emulator);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void everyOperationSucceedsWithinTheContract() throws Exception {
        emulator.reset();
        JsonNode search = api.get("/investigate?per_page=5&detections_only=false").json();
        assertThat(search.get("success").asBoolean()).isTrue();
        JsonNode first = search.get("result").get(0);
        String id = first.get("id").asText();
        String postfix = first.get("postfix_id").asText();
        String quarantined = emulator.state().messages().stream().filter(m -> (Boolean) m.get("is_quarantined"))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();

        assertThat(api.get("/investigate?cursor=" + search.get("result_info").get("next").asText()).status())
                .isEqualTo(200);
        assertThat(api.get("/investigate/" + id + "?submission=false").status()).isEqualTo(200);
        for (String view : new String[] {"detections", "preview", "raw", "trace", "action_log"}) {
            assertThat(api.get("/investigate/" + id + "/" + view).status()).as(view).isEqualTo(200);
        }
        assertThat(api.post("/investigate/preview", "{\"postfix_id\":\"" + postfix + "\"}").status()).isEqualTo(200);
        assertThat(api.post("/investigate/" + id + "/move", "{\"destination\":\"JunkEmail\"}").status())
                .isEqualTo(200);
        assertThat(api.post("/investigate/move", "{\"destination\":\"Inbox\",\"ids\":[\"" + id + "\"]}").status())
                .isEqualTo(200);
        assertThat(api.post("/investigate/" + id + "/reclassify", "{\"expected_disposition\":\"MALICIOUS\"}")
                .status()).isEqualTo(202);
        assertThat(api.post("/investigate/release", "[\"" + quarantined + "\"]").status()).isEqualTo(200);

        JsonNode job = api.post("/investigate/bulk", "{\"action\":\"MOVE\",\"destination\":\"JunkEmail\","
                + "\"search_params\":{\"final_disposition\":\"SPAM\"}}").json().get("result");
        String jobId = job.get("job_id").asText();
        assertThat(api.get("/investigate/bulk?per_page=5").status()).isEqualTo(200);
        assertThat(api.get("/investigate/bulk/" + jobId).status()).isEqualTo(200);
        assertThat(api.get("/investigate/bulk/" + jobId + "/messages").status()).isEqualTo(200);
        CLOCK.advance(STEP.multipliedBy(3));
        assertThat(api.delete("/investigate/bulk/" + jobId).status()).isEqualTo(200);
        emulator.setBulkJobStep(java.time.Duration.ofSeconds(30));
        String job2 = api.post("/investigate/bulk", "{\"action\":\"RELEASE\",\"search_params\":{}}").json()
                .get("result").get("job_id").asText();
        assertThat(api.post("/investigate/bulk/" + job2 + "/cancel", null).status()).isEqualTo(200);

        assertThat(api.get("/phishguard/reports").status()).isEqualTo(200);
        assertThat(api.get("/submissions?per_page=3").status()).isEqualTo(200);

        for (SettingsKind kind : SettingsKind.ALL) {
            exerciseSettings(kind);
        }
        String domainId = api.post("/settings/domains", "{\"domain\":\"new.example\",\"allowed_delivery_modes\":"
                + "[\"API\"],\"drop_dispositions\":[],\"ip_restrictions\":[],\"regions\":[\"US\"]}").json()
                .get("result").get("id").asText();
        assertThat(api.get("/settings/domains/" + domainId + "/verification").status()).isEqualTo(200);
        String seededDomain = emulator.state().settings("domains").get(0).get("id").toString();
        assertThat(api.get("/settings/domains/" + seededDomain + "/verification").status()).isEqualTo(204);
        assertThat(api.put("/settings/domains/" + domainId, "{\"allowed_delivery_modes\":[\"DIRECT\"],"
                + "\"drop_dispositions\":[\"SPAM\"],\"ip_restrictions\":[],\"regions\":[\"GLOBAL\"],"
                + "\"lookback_hops\":3}").status()).isEqualTo(200);
        assertThat(api.delete("/settings/domains", "[{\"id\":\"" + domainId + "\"}]").status()).isEqualTo(200);

        emulator.assertNoContractViolations();
        Set<String> missing = new TreeSet<>(SpecDocument.get().operations().keySet());
        emulator.calls().forEach(c -> missing.remove(c.operationId()));
        assertThat(missing).as("operations never exercised").isEmpty();
        assertThat(SpecDocument.get().operations()).hasSize(70);
    }

    private void exerciseSettings(SettingsKind kind) {
        String base = "/settings/" + kind.path();
        JsonNode list = api.get(base + "?per_page=2").json();
        assertThat(list.get("result_info").get("total_count").asInt()).as(kind.path()).isPositive();
        String id = list.get("result").get(0).get("id").asText();
        assertThat(api.get(base + "/" + id).status()).isEqualTo(200);
        String created = null;
        if (!"domains".equals(kind.path())) {
            created = api.post(base, createBody(kind)).json().get("result").get("id").asText();
            assertThat(api.patch(base + "/" + created, patchBody(kind)).status()).as(kind.path()).isEqualTo(200);
        } else {
            assertThat(api.patch(base + "/" + id, "{\"lookback_hops\":4}").status()).isEqualTo(200);
        }
        if (kind.batch()) {
            String batch = kind.batchDeletesOnly() ? "{\"deletes\":[]}"
                    : "{\"deletes\":[],\"patches\":[],\"puts\":[],\"posts\":[]}";
            assertThat(api.post(base + "/batch", batch).status()).as(kind.path() + " batch").isEqualTo(200);
        }
        if (created != null) {
            assertThat(api.delete(base + "/" + created).status()).isEqualTo(200);
        } else {
            assertThat(api.delete(base + "/" + id).status()).isEqualTo(200);
        }
    }

    static String createBody(SettingsKind kind) {
        return switch (kind.path()) {
            case "allow_policies" -> "{\"pattern\":\"ok@example.com\",\"pattern_type\":\"EMAIL\",\"is_regex\":false,"
                    + "\"is_trusted_sender\":true,\"is_acceptable_sender\":false,\"is_exempt_recipient\":false,"
                    + "\"verify_sender\":true}";
            case "block_senders" -> "{\"pattern\":\"bad@example.net\",\"pattern_type\":\"EMAIL\",\"is_regex\":false}";
            case "impersonation_registry" -> "{\"name\":\"Jo Doe\",\"email\":\"jo@example.com\",\"is_email_regex\":false}";
            case "sending_domain_restrictions" -> "{\"domain\":\"example.org\",\"exclude\":[]}";
            case "trusted_domains" -> "{\"pattern\":\"example.org\",\"is_recent\":true,\"is_regex\":false,"
                    + "\"is_similarity\":false}";
            case "url_ignore_patterns" -> "{\"pattern\":\"https://example\\\\.org/.*\"}";
            case "content_policies" -> "{\"name\":\"n\",\"enabled\":true,\"pattern\":\"x\",\"targets\":[\"BODY\"]}";
            default -> throw new IllegalArgumentException(kind.path());
        };
    }

    private static String patchBody(SettingsKind kind) {
        return switch (kind.path()) {
            case "impersonation_registry" -> "{\"name\":\"Jo Q. Doe\"}";
            case "sending_domain_restrictions" -> "{\"exclude\":[\"a.example.org\"]}";
            case "content_policies" -> "{\"enabled\":false}";
            default -> "{\"comments\":\"patched\"}";
        };
    }

    @Test
    void errorResponsesFollowTheContract() {
        emulator.clearCalls();
        assertThat(api.get("/investigate/nope").status()).isEqualTo(404);
        assertThat(api.get("/investigate?per_page=1001").status()).isEqualTo(400);
        assertThat(api.get("/investigate?final_disposition=WHATEVER").status()).isEqualTo(400);
        assertThat(api.post("/settings/allow_policies", "{\"pattern\":\"\"}").status()).isEqualTo(400);
        assertThat(api.post("/settings/url_ignore_patterns", "{\"pattern\":\"x\",\"extra\":1}").status())
                .isEqualTo(400);
        assertThat(api.get("/settings/trusted_domains/00000000-0000-4000-8000-000000000000").status())
                .isEqualTo(404);
        assertThat(api.post("/investigate/bulk/00000000-0000-4000-8000-000000000000/cancel", null).status())
                .isEqualTo(404);
        assertThat(api.readOnly().post("/investigate/release", "[\"x\"]").status()).isEqualTo(403);
        assertThat(api.as("Authorization", "Bearer wrong").get("/submissions").status()).isEqualTo(401);
        emulator.setRateLimit(1, java.time.Duration.ofMinutes(1));
        api.get("/phishguard/reports");
        assertThat(api.get("/phishguard/reports").status()).isEqualTo(429);
        emulator.setRateLimit(1200, java.time.Duration.ofMinutes(5));
        assertThat(emulator.contractViolations()).filteredOn(v -> v.contains("-> response:")).isEmpty();
        assertThat(emulator.totalCalls()).isEqualTo(11);
    }
}
