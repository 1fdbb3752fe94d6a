package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cursor and page pagination, filters, result cap, 202 searches, previews and raw messages. */
class SearchAndPaginationTest {

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(3).build();

    private static List<JsonNode> searchAll(Api api, String query) {
        List<JsonNode> all = new ArrayList<>();
        JsonNode resp = api.get("/investigate?" + query).json();
        while (true) {
            resp.get("result").forEach(all::add);
            JsonNode next = resp.get("result_info").get("next");
            if (next.isNull()) {
                return all;
            }
            resp = api.get("/investigate?" + query + "&cursor=" + next.asText()).json();
        }
    }

    @Test
    void cursorPagesCoverTheSearchNewestFirstAndStopWithoutAnEmptyCall(EmailSecurityEmulator e) {
        Api api = new Api(e);
        long detections = e.state().messages().stream().filter(m -> !"NONE".equals(m.get("final_disposition")))
                .count();
        List<JsonNode> all = searchAll(api, "per_page=7");
        assertThat(all).hasSize((int) detections);
        List<String> times = all.stream().map(m -> m.get("scanned_at").asText()).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(e.callCount("email_security_investigate")).isEqualTo((detections + 6) / 7);

        JsonNode info = api.get("/investigate?per_page=7").json().get("result_info");
        assertThat(info.get("page").asInt()).isZero();
        assertThat(info.get("total_count").asInt()).isZero();
        assertThat(info.get("count").asInt()).isEqualTo(7);
        assertThat(info.get("previous").isNull()).isTrue();
    }

    @Test
    void exactMultipleOfPerPageEndsWithNextNull(EmailSecurityEmulator e) {
        Api api = new Api(e);
        int total = searchAll(api, "detections_only=false&per_page=1000").size();
        assertThat(total).isEqualTo(200);
        JsonNode last = api.get("/investigate?detections_only=false&per_page=100").json();
        JsonNode second = api.get("/investigate?detections_only=false&per_page=100&cursor="
                + last.get("result_info").get("next").asText()).json();
        assertThat(second.get("result")).hasSize(100);
        assertThat(second.get("result_info").get("next").isNull()).isTrue();
        assertThat(api.get("/investigate?per_page=1001").status()).isEqualTo(400);
    }

    @Test
    void filtersAndTimeWindow(EmailSecurityEmulator e) {
        Api api = new Api(e);
        for (JsonNode m : searchAll(api, "final_disposition=MALICIOUS&per_page=50")) {
            assertThat(m.get("final_disposition").asText()).isEqualTo("MALICIOUS");
        }
        for (JsonNode m : searchAll(api, "detections_only=false&domain=github.com")) {
            assertThat(m.get("from").asText()).contains("@github.com");
        }
        assertThat(searchAll(api, "detections_only=false&recipient=alice.nguyen@acme-corp.com"))
                .isNotEmpty().allMatch(m -> m.get("to").toString().contains("alice.nguyen"));
        assertThat(searchAll(api, "detections_only=false&subject=wire transfer".replace(" ", "%20")))
                .allMatch(m -> m.get("subject").asText().toLowerCase().contains("wire transfer"));
        Instant end = Instant.now().minusSeconds(86400 * 10);
        Instant start = end.minusSeconds(86400 * 5);
        List<JsonNode> window = searchAll(api, "detections_only=false&start=" + start + "&end=" + end);
        assertThat(window).isNotEmpty().allMatch(m -> {
            Instant t = Instant.parse(m.get("scanned_at").asText());
            return !t.isBefore(start) && !t.isAfter(end);
        });
        assertThat(api.get("/investigate?start=" + Instant.now().plusSeconds(3600)).status()).isEqualTo(400);
    }

    @Test
    void resultCapLimitsAWindowAcrossPages(EmailSecurityEmulator e) {
        e.setResultCap(25);
        List<JsonNode> all = searchAll(new Api(e), "detections_only=false&per_page=10");
        assertThat(all).hasSize(25);
        assertThat(all.get(0).get("id").asText()).isEqualTo(e.state().messages().get(0).get("id"));
    }

    @Test
    void asyncSearchAnswers202WithLocationThenData(EmailSecurityEmulator e) {
        e.setAsyncSearch(true);
        Api api = new Api(e);
        Api.Resp first = api.get("/investigate?per_page=5");
        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("result")).isEmpty();
        String location = first.header("Location");
        assertThat(location).startsWith(e.baseUrl());
        assertThat(api.send("GET", location, null).status()).isEqualTo(202);
        Api.Resp ready = api.send("GET", location, null);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().get("result")).hasSize(5);
    }

    @Test
    void getAcceptsPostfixIdAndServesPreviewPngAndRawEml(EmailSecurityEmulator e) throws Exception {
        Api api = new Api(e);
        JsonNode hit = api.get("/investigate?per_page=1").result().get(0);
        String id = hit.get("id").asText();
        assertThat(id).matches("[0-9A-Za-z]{10}-\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}-\\d{8}");
        assertThat(api.get("/investigate/" + hit.get("postfix_id").asText()).result().get("id").asText())
                .isEqualTo(id);
        byte[] png = Base64.getDecoder().decode(api.get("/investigate/" + id + "/preview").result()
                .get("screenshot").asText());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isPositive();
        String raw = api.get("/investigate/" + id + "/raw").result().get("raw").asText();
        assertThat(raw).contains("Message-ID: " + hit.get("message_id").asText())
                .contains("Subject: " + hit.get("subject").asText()).contains("MIME-Version: 1.0");
    }

    @Test
    void pagePerPageListsAndSearchAndFilters(EmailSecurityEmulator e) {
        Api api = new Api(e);
        JsonNode page = api.get("/submissions?per_page=5&page=2").json();
        assertThat(page.get("result_info").get("page").asInt()).isEqualTo(2);
        assertThat(page.get("result_info").get("total_count").asInt()).isEqualTo(12);
        assertThat(page.get("result_info").get("total_pages").asInt()).isEqualTo(3);
        assertThat(api.get("/settings/allow_policies?pattern_type=IP").result()).hasSize(1);
        assertThat(api.get("/settings/domains?domain=acme-corp.com&domain=acme-corp.co.uk").result()).hasSize(2);
        assertThat(api.get("/settings/impersonation_registry?search=carter").result()).hasSize(1);
    }

    @Test
    void liveChangesAreVisible(EmailSecurityEmulator e) {
        Api api = new Api(e);
        List<String> added = e.state().addMessages(2);
        JsonNode newest = api.get("/investigate?detections_only=false&per_page=2").result();
        assertThat(List.of(newest.get(0).get("id").asText(), newest.get(1).get("id").asText()))
                .containsExactlyInAnyOrderElementsOf(added);
        String report = e.state().phishguardReports().get(0).get("id").toString();
        String before = (String) e.state().phishguardReports().get(0).get("updated_at");
        e.state().updatePhishguardReport(report);
        assertThat((String) e.state().phishguardReports().get(0).get("updated_at")).isGreaterThanOrEqualTo(before);
        e.state().reclassify(added.get(0), "MALICIOUS");
        assertThat(api.get("/investigate/" + added.get(0)).result().get("final_disposition").asText())
                .isEqualTo("MALICIOUS");
    }
}
