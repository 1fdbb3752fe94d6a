package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Must-show 2: state changes are visible to later calls. */
class StateTest {

    private static final ManualClock CLOCK = new ManualClock();
    private static final Duration STEP = Duration.ofMillis(120);

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(11)
            .bulkJobStep(STEP).clock(CLOCK).build();

    private Api api(EmailSecurityEmulator e) {
        return new Api(e);
    }

    private static String firstQuarantined(EmailSecurityEmulator e) {
        return e.state().messages().stream().filter(m -> (Boolean) m.get("is_quarantined"))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
    }

    @Test
    void releaseThenGetShowsTheNewState(EmailSecurityEmulator e) {
        String id = firstQuarantined(e);
        JsonNode before = api(e).get("/investigate/" + id).result();
        assertThat(before.get("is_quarantined").asBoolean()).isTrue();

        JsonNode release = api(e).post("/investigate/release", "[\"" + id + "\"]").result();
        assertThat(release.get(0).get("id").asText()).isEqualTo(id);
        assertThat(release.get(0).get("delivered")).isNotEmpty();

        JsonNode after = api(e).get("/investigate/" + id).result();
        assertThat(after.get("is_quarantined").asBoolean()).isFalse();
        assertThat(Json.strings(after.get("post_delivery_operations"))).contains("QUARANTINE_RELEASE");
        assertThat(Json.strings(after.get("delivery_status"))).containsExactly("delivered");
        assertThat(e.state().releasedIds()).containsExactly(id);
        assertThat(api(e).get("/investigate/" + id + "/action_log").result().get(0).get("operation").asText())
                .isEqualTo("QUARANTINE_RELEASE");
    }

    @Test
    void releaseToAFailingRecipientReportsFailed(EmailSecurityEmulator e) {
        String id = firstQuarantined(e);
        String recipient = (String) ((List<?>) e.state().message(id).get("to")).get(0);
        e.state().failDeliveryTo(recipient);
        JsonNode release = api(e).post("/investigate/release", "[\"" + id + "\"]").result().get(0);
        assertThat(Json.strings(release.get("failed"))).contains(recipient);
        assertThat(Json.strings(release.get("delivered"))).doesNotContain(recipient);
    }

    @Test
    void moveChangesPostDeliveryOperationsAndActionLog(EmailSecurityEmulator e) {
        String id = (String) e.state().messages().get(3).get("id");
        assertThat(api(e).get("/investigate/" + id + "/action_log").result()).isEmpty();

        JsonNode items = api(e).post("/investigate/" + id + "/move", "{\"destination\":\"JunkEmail\"}").result();
        assertThat(items.get(0).get("success").asBoolean()).isTrue();
        assertThat(items.get(0).get("destination").asText()).isEqualTo("JunkEmail");

        JsonNode after = api(e).get("/investigate/" + id).result();
        assertThat(Json.strings(after.get("post_delivery_operations"))).contains("MOVE");
        JsonNode log = api(e).get("/investigate/" + id + "/action_log").result();
        assertThat(log.get(0).get("operation").asText()).isEqualTo("MOVE");
        assertThat(log.get(0).get("properties").get("folder").asText()).isEqualTo("JunkEmail");
        assertThat(e.state().moves()).containsExactly(new MovedMessage(id, "JunkEmail"));
        assertThat(api(e).get("/investigate?message_action=MOVED&detections_only=false").result().get(0)
                .get("id").asText()).isEqualTo(id);
    }

    @Test
    void bulkJobReachesCompletedAndItsMessagesMatchItsSearch(EmailSecurityEmulator e) {
        Set<String> searched = new HashSet<>();
        for (JsonNode m : api(e).get("/investigate?final_disposition=SPAM&per_page=1000").result()) {
            searched.add(m.get("postfix_id").asText());
        }
        assertThat(searched).isNotEmpty();
        JsonNode job = api(e).post("/investigate/bulk", "{\"action\":\"MOVE\",\"destination\":\"JunkEmail\","
                + "\"search_params\":{\"final_disposition\":\"SPAM\"}}").json();
        assertThat(job.get("result").get("status").asText()).isEqualTo("PENDING");
        String jobId = job.get("result").get("job_id").asText();

        List<String> seen = new ArrayList<>();
        for (int step = 0; step < 4; step++) {
            seen.add(api(e).get("/investigate/bulk/" + jobId).result().get("status").asText());
            CLOCK.advance(STEP);
        }
        assertThat(seen).containsExactly("PENDING", "DISCOVERING", "PROCESSING", "COMPLETED");

        Set<String> jobMessages = new HashSet<>();
        String page = "1";
        JsonNode resp;
        int pages = 0;
        do {
            resp = api(e).get("/investigate/bulk/" + jobId + "/messages?per_page=2&page=" + page).json();
            resp.get("result").forEach(m -> {
                jobMessages.add(m.get("postfix_id").asText());
                assertThat(m.get("status").asText()).isEqualTo("COMPLETED");
            });
            page = String.valueOf(Integer.parseInt(page) + 1);
            pages++;
        } while (!resp.get("result_info").get("next").isNull());
        assertThat(pages).isGreaterThan(1);
        assertThat(jobMessages).isEqualTo(searched);
        assertThat(e.state().moves()).hasSizeGreaterThanOrEqualTo(searched.size());
    }

    @Test
    void bulkJobCanBeCancelled(EmailSecurityEmulator e) {
        e.setBulkJobStep(Duration.ofSeconds(30));
        String jobId = api(e).post("/investigate/bulk", "{\"action\":\"RELEASE\",\"search_params\":{}}").result()
                .get("job_id").asText();
        assertThat(api(e).delete("/investigate/bulk/" + jobId).status()).isEqualTo(409);
        assertThat(api(e).post("/investigate/bulk/" + jobId + "/cancel", null).result().get("status").asText())
                .isEqualTo("CANCELLED");
        assertThat(api(e).delete("/investigate/bulk/" + jobId).result().get("id").asText()).isEqualTo(jobId);
        assertThat(e.state().releasedIds()).isEmpty();
    }

    @Test
    void settingsCreateListUpdateDeleteRoundTrip(EmailSecurityEmulator e) {
        Api api = api(e);
        int before = api.get("/settings/block_senders").json().get("result_info").get("total_count").asInt();
        Api.Resp created = api.post("/settings/block_senders",
                "{\"pattern\":\"evil@example.net\",\"pattern_type\":\"EMAIL\",\"is_regex\":false}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.result().get("id").asText();
        assertThat(api.get("/settings/block_senders").json().get("result_info").get("total_count").asInt())
                .isEqualTo(before + 1);
        assertThat(api.patch("/settings/block_senders/" + id, "{\"comments\":\"seen in campaign\"}").result()
                .get("comments").asText()).isEqualTo("seen in campaign");
        assertThat(api.get("/settings/block_senders/" + id).result().get("pattern").asText())
                .isEqualTo("evil@example.net");
        String alias = e.state().legacyIdOf("block_senders", id);
        assertThat(api.get("/settings/block_senders/" + alias).result().get("id").asText()).isEqualTo(id);
        assertThat(api.delete("/settings/block_senders/" + id).result().get("id").asText()).isEqualTo(id);
        Api.Resp gone = api.get("/settings/block_senders/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("success").asBoolean()).isFalse();
        assertThat(gone.json().get("errors").get(0).get("message").asText()).contains("not found");
    }

    @Test
    void settingsValidationAnswersTheErrorEnvelope(EmailSecurityEmulator e) {
        Api.Resp bad = api(e).post("/settings/trusted_domains", "{\"pattern\":\"\",\"is_recent\":true}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("success").asBoolean()).isFalse();
        assertThat(bad.json().get("result").isNull()).isTrue();
        List<String> messages = new ArrayList<>();
        bad.json().get("errors").forEach(err -> messages.add(err.get("message").asText()));
        assertThat(messages).anyMatch(m -> m.startsWith("pattern:")).anyMatch(m -> m.startsWith("is_regex:"));
        assertThat(api(e).post("/settings/block_senders",
                "{\"pattern\":\"x@y.z\",\"pattern_type\":\"UNKNOWN\",\"is_regex\":false}").status()).isEqualTo(400);
    }

    @Test
    void batchAppliesDeletesPatchesPutsPostsInOrderAtomically(EmailSecurityEmulator e) {
        Api api = api(e);
        List<String> ids = new ArrayList<>();
        api.get("/settings/trusted_domains").result().forEach(n -> ids.add(n.get("id").asText()));
        // the put targets the entry the patch touched: it must see the patch applied first, then replace it
        String body = "{\"deletes\":[{\"id\":\"" + ids.get(0) + "\"}],"
                + "\"patches\":[{\"id\":\"" + ids.get(1) + "\",\"comments\":\"patched\"}],"
                + "\"puts\":[{\"id\":\"" + ids.get(1) + "\",\"pattern\":\"replaced.example\",\"is_recent\":false,"
                + "\"is_regex\":false,\"is_similarity\":false}],"
                + "\"posts\":[{\"pattern\":\"new.example\",\"is_recent\":true,\"is_regex\":false,"
                + "\"is_similarity\":false}]}";
        JsonNode result = api.post("/settings/trusted_domains/batch", body).result();
        assertThat(result.get("deletes").get(0).get("id").asText()).isEqualTo(ids.get(0));
        assertThat(result.get("patches").get(0).get("comments").asText()).isEqualTo("patched");
        assertThat(result.get("puts").get(0).has("comments")).isFalse();
        assertThat(result.get("posts").get(0).get("pattern").asText()).isEqualTo("new.example");
        assertThat(api.get("/settings/trusted_domains/" + ids.get(0)).status()).isEqualTo(404);
        assertThat(api.get("/settings/trusted_domains/" + ids.get(1)).result().get("pattern").asText())
                .isEqualTo("replaced.example");

        // a patch of the id the same batch deletes fails, and nothing of the batch is applied
        int count = e.state().settings("trusted_domains").size();
        Api.Resp failed = api.post("/settings/trusted_domains/batch", "{\"deletes\":[{\"id\":\"" + ids.get(2)
                + "\"}],\"patches\":[{\"id\":\"" + ids.get(2) + "\",\"comments\":\"x\"}],\"puts\":[],"
                + "\"posts\":[{\"pattern\":\"another.example\",\"is_recent\":true,\"is_regex\":false,"
                + "\"is_similarity\":false}]}");
        assertThat(failed.status()).isEqualTo(404);
        assertThat(failed.json().get("errors").get(0).get("source").get("pointer").asText())
                .isEqualTo("/patches/0/id");
        assertThat(e.state().settings("trusted_domains")).hasSize(count);
        assertThat(api.get("/settings/trusted_domains/" + ids.get(2)).status()).isEqualTo(200);
    }

    @Test
    void reclassifyCreatesASubmissionWhoseOutcomeChangesTheMessage(EmailSecurityEmulator e) {
        Api api = api(e);
        String id = (String) e.state().messages().stream().filter(m -> "NONE".equals(m.get("final_disposition")))
                .findFirst().orElseThrow().get("id");
        assertThat(api.post("/investigate/" + id + "/reclassify", "{\"expected_disposition\":\"MALICIOUS\"}")
                .status()).isEqualTo(202);
        JsonNode submission = api.get("/submissions?status=pending").result().get(0);
        assertThat(submission.get("requested_disposition").asText()).isEqualTo("MALICIOUS");
        e.state().setSubmissionOutcome(submission.get("submission_id").asText(), "MALICIOUS");
        JsonNode done = api.get("/submissions?submission_id=" + submission.get("submission_id").asText()).result()
                .get(0);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("outcome_disposition").asText()).isEqualTo("MALICIOUS");
        assertThat(api.get("/investigate/" + id).result().get("final_disposition").asText()).isEqualTo("MALICIOUS");
    }

    @Test
    void resetRestoresTheSeededState(EmailSecurityEmulator e) {
        List<String> added = e.state().addMessages(3);
        assertThat(e.state().message(added.get(0))).isNotNull();
        e.reset();
        assertThat(e.state().message(added.get(0))).isNull();
        assertThat(e.state().messages()).hasSize(200);
        assertThat(e.totalCalls()).isZero();
    }
}
