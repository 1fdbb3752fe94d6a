package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both generations of the API are accepted, with the contract check on: the newest SDK's (cloudflare 7.3.0) request
 * shapes and the July 2026 spec's (docs/reference/API-CHANGES.md).
 */
class ApiGenerationsTest {

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(3)
            .validateAgainstSpec(true).build();

    @AfterEach
    void noViolations(EmailSecurityEmulator e) {
        e.assertNoContractViolations();
    }

    private static List<String> quarantined(EmailSecurityEmulator e, int n) {
        return e.state().messages().stream().filter(m -> (Boolean) m.get("is_quarantined"))
                .map(m -> (String) m.get("id")).limit(n).toList();
    }

    @Test
    void releaseAcceptsTheIdsObjectOfTheNewestSdk(EmailSecurityEmulator e) {
        assertReleases(e, "{\"ids\": [\"%s\"]}");
    }

    @Test
    void releaseStillAcceptsTheBareArrayOfTheJulySpec(EmailSecurityEmulator e) {
        assertReleases(e, "[\"%s\"]");
    }

    private static void assertReleases(EmailSecurityEmulator e, String bodyFormat) {
        String id = quarantined(e, 1).get(0);
        Api.Resp r = new Api(e).post("/investigate/release", String.format(bodyFormat, id));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.result().get(0).get("id").asText()).isEqualTo(id);
        assertThat(e.state().releasedIds()).containsExactly(id);
        assertThat(e.state().message(id).get("is_quarantined")).isEqualTo(false);
    }

    @Test
    void releaseRefusesAnObjectWithoutIds(EmailSecurityEmulator e) {
        Api.Resp r = new Api(e).post("/investigate/release", "{\"ids\": []}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(e.state().releasedIds()).isEmpty();
        e.clearCalls();
    }

    @Test
    void phishguardReportsArePaged(EmailSecurityEmulator e) {
        int total = e.state().phishguardReports().size();
        List<String> seen = new ArrayList<>();
        int pages = 0;
        for (int page = 1; ; page++) {
            JsonNode body = new Api(e).get("/phishguard/reports?per_page=3&page=" + page).json();
            pages++;
            body.get("result").forEach(r -> seen.add(r.get("id").asText()));
            JsonNode info = body.get("result_info");
            assertThat(info.get("total_count").asInt()).isEqualTo(total);
            if (page >= info.get("total_pages").asInt()) {
                break;
            }
        }
        assertThat(pages).isEqualTo((total + 2) / 3).isGreaterThan(1);
        assertThat(seen).doesNotHaveDuplicates().hasSize(total);
    }

    @Test
    void domainsBulkDeleteWithoutBodyDeletesNothing(EmailSecurityEmulator e) {
        int before = e.state().settings("domains").size();
        Api.Resp r = new Api(e).delete("/settings/domains");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.result()).isEmpty();
        assertThat(e.state().settings("domains")).hasSize(before);
    }

    @Test
    void domainsBulkDeleteWithTheJulyBodyDeletesTheNamedDomains(EmailSecurityEmulator e) {
        String id = String.valueOf(e.state().settings("domains").get(0).get("id"));
        Api.Resp r = new Api(e).delete("/settings/domains", "[{\"id\": \"" + id + "\"}]");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.result().get(0).get("id").asText()).isEqualTo(id);
        assertThat(e.state().settings("domains")).noneMatch(d -> id.equals(String.valueOf(d.get("id"))));
    }

    @Test
    void domainStatusFilterTakesBothCases(EmailSecurityEmulator e) {
        JsonNode upper = new Api(e).get("/settings/domains?status=ACTIVE").result();
        JsonNode lower = new Api(e).get("/settings/domains?status=active").result();
        assertThat(upper).isNotEmpty().isEqualTo(lower);
        upper.forEach(d -> assertThat(d.get("status").asText()).isEqualTo("ACTIVE"));
    }

    @Test
    void violationsArePrintedAsTheyHappenAndServedAtTheDocumentedPath(EmailSecurityEmulator e) throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        e.onContractViolation(heard::add);
        Api.Resp bad = new Api(e).get("/settings/domains?order=pattern");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(heard).isNotEmpty().allMatch(v -> v.startsWith("email_security_list_domains GET"));

        String root = e.baseUrl().replace("/client/v4", "");
        Api.Resp listed = new Api(e).send("GET", root + "/__emulator/violations", null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get("validating").asBoolean()).isTrue();
        assertThat(listed.json().get("count").asInt()).isEqualTo(heard.size());
        assertThat(Json.strings(listed.json().get("violations"))).containsExactlyElementsOf(heard);
        e.onContractViolation(v -> { });
        e.clearCalls();
    }
}
