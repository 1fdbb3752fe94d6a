package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.model.AllowPolicy;
import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Items already emitted that change are emitted again, once, naming the change. The emulator's live mode is off here:
 * its random re-classification of old mail would race the changes the test makes.
 */
class ChangeDetectionTest extends EmulatorContextTestSupport {

    private static final String WATCH_ALL = "startFrom=beginning&changeWindow=3000000000&delay=100";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    ChangeDetectionTest() {
        super(EMULATOR);
    }

    @Test
    void reclassifiedMovedAndReleasedMessagesAreEmittedAgainOnceNamingTheChange() throws Exception {
        ReceivedItems out = new ReceivedItems();
        CamelContext context = start(Map.of(), route("messages",
                "email-security:searchMessages?detectionsOnly=false&" + WATCH_ALL, out));
        List<String> all = messageIds(m -> true);
        Waits.until("the first emission of every message", () -> out.containsAll(all));
        String reclassified = quarantined(false, 0);
        String moved = quarantined(false, 1);
        String released = quarantined(true, 0);
        ProducerTemplate template = context.createProducerTemplate();

        emulator().state().reclassify(reclassified, "BULK".equals(disposition(reclassified)) ? "SPAM" : "BULK");
        ok(template.request("email-security:moveMessage?investigateId=" + moved,
                e -> e.getMessage().setBody(MoveRequest.of("JunkEmail"))));
        ok(template.request("email-security:releaseMessages", e -> e.getMessage().setBody(List.of(released))));

        Waits.until("the re-emissions", () -> out.of(reclassified).size() == 2
                                                                && out.of(moved).size() == 2
                                                                && out.of(released).size() == 2);
        awaitFurtherSearches(2); // nothing more may come
        assertThat(out.of(reclassified)).extracting(ReceivedItems.Received::change).containsExactly(null, "disposition");
        assertThat(out.of(moved)).extracting(ReceivedItems.Received::change)
                .containsExactly(null, "postDeliveryOperations");
        assertThat(out.of(released)).hasSize(2);
        assertThat(out.of(released).get(1).change()).contains("quarantine");
        assertThat(out.of(released).get(1).version()).isNotEqualTo(out.of(released).get(0).version());
        assertThat(out.duplicates()).containsExactlyInAnyOrder(reclassified, moved, released);
    }

    @Test
    void aSubmissionsStatusAndOutcomeAndAReportsUpdatedAtAreEmittedAgain() throws Exception {
        ReceivedItems submissions = new ReceivedItems();
        ReceivedItems reports = new ReceivedItems();
        start(Map.of(), new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("email-security:listSubmissions?" + WATCH_ALL).routeId("submissions").process(submissions);
                from("email-security:listPhishguardReports?" + WATCH_ALL).routeId("reports").process(reports);
            }
        });
        Map<String, Object> pending = emulator().state().submissions().stream()
                .filter(s -> "pending".equals(s.get("status"))).findFirst().orElseThrow();
        String submissionId = (String) pending.get("submission_id");
        String reportId = String.valueOf(emulator().state().phishguardReports().get(0).get("id"));
        Waits.until("the first emissions", () -> submissions.of(submissionId).size() == 1 && reports.of(reportId).size() == 1);

        emulator().state().setSubmissionOutcome(submissionId, "MALICIOUS");
        long second = Instant.now().getEpochSecond();
        Waits.until("the next second: updated_at has second precision", () -> Instant.now().getEpochSecond() > second);
        emulator().state().updatePhishguardReport(reportId);

        Waits.until("the re-emissions", () -> submissions.of(submissionId).size() == 2 && reports.of(reportId).size() == 2);
        Waits.forFurtherCalls(emulator(), "email_security_submissions", 2);
        Waits.forFurtherCalls(emulator(), "email_security_get_phishguard_reports", 2);
        assertThat(submissions.of(submissionId)).extracting(ReceivedItems.Received::change)
                .containsExactly(null, "outcome,status");
        assertThat(reports.of(reportId)).extracting(ReceivedItems.Received::change).containsExactly(null, "updatedAt");
        assertThat(submissions.duplicates()).containsExactly(submissionId);
        assertThat(reports.duplicates()).containsExactly(reportId);
    }

    @Test
    void theSettingsWatchEmitsCreatedUpdatedAndDeletedEntries() throws Exception {
        ReceivedItems out = new ReceivedItems();
        CamelContext context = start(Map.of(), route("watch", "email-security:listAllowPolicies?delay=100", out));
        Waits.until("the baseline snapshot", () -> emulator().callCount("email_security_list_allow_policies") >= 2);
        assertThat(out.all()).as("startFrom=now: the existing entries are the baseline").isEmpty();
        ProducerTemplate template = context.createProducerTemplate();

        AllowPolicy created = (AllowPolicy) ok(template.request("email-security:createAllowPolicy",
                e -> e.getMessage().setBody(allowPolicy("watch@example.com")))).getMessage().getBody();
        String id = String.valueOf(created.getId());
        Waits.until("created", () -> out.of(id).size() == 1);
        ok(template.request("email-security:updateAllowPolicy?policyId=" + id,
                e -> e.getMessage().setBody(Map.of("comments", "changed by the test"))));
        Waits.until("updated", () -> out.of(id).size() == 2);
        ok(template.request("email-security:deleteAllowPolicy?policyId=" + id, e -> { }));
        Waits.until("deleted", () -> out.of(id).size() == 3);
        Waits.forFurtherCalls(emulator(), "email_security_list_allow_policies", 2);

        assertThat(out.all()).extracting(ReceivedItems.Received::change).containsExactly("created", "updated", "deleted");
        assertThat(((AllowPolicy) out.of(id).get(1).body()).getComments()).isEqualTo("changed by the test");
        assertThat(out.of(id).get(2).body()).isInstanceOf(AllowPolicy.class);
    }

    @Test
    void anIdempotentRepositorySuppressesWhatWasEmittedBeforeEvenWithoutACheckpoint() throws Exception {
        MemoryIdempotentRepository seen = new MemoryIdempotentRepository();
        String uri = "email-security:searchMessages?detectionsOnly=false&idempotentRepository=#seen&" + WATCH_ALL;
        ReceivedItems first = new ReceivedItems();
        CamelContext context = start(Map.of("seen", seen), route("messages", uri, first));
        List<String> all = messageIds(m -> true);
        Waits.until("every message", () -> first.containsAll(all));
        context.stop();

        ReceivedItems second = new ReceivedItems(); // no stateRepository: the new context starts from the beginning again
        CamelContext again = start(Map.of("seen", seen), route("messages", uri, second));
        EmailSecurityConsumer consumer = (EmailSecurityConsumer) again.getRoute("messages").getConsumer();
        Waits.until("a full poll", () -> consumer.stats().repeatsSuppressed() >= all.size());
        assertThat(second.all()).isEmpty();
        assertThat(seen.getCacheSize()).isEqualTo(all.size());
    }

    private String quarantined(boolean quarantined, int skip) {
        return emulator().state().messages().stream()
                .filter(m -> Boolean.valueOf(quarantined).equals(m.get("is_quarantined")))
                .skip(skip).findFirst().map(m -> (String) m.get("id")).orElseThrow();
    }

    private String disposition(String id) {
        return (String) emulator().state().message(id).get("final_disposition");
    }

    private static Exchange ok(Exchange exchange) {
        assertThat(exchange.getException()).isNull();
        return exchange;
    }

    private static Map<String, Object> allowPolicy(String pattern) {
        return Map.of("pattern", pattern, "pattern_type", "EMAIL", "is_regex", false, "is_trusted_sender", true,
                "is_exempt_recipient", false, "is_acceptable_sender", false, "verify_sender", true);
    }
}
