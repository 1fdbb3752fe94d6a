package dev.emailsecurity.camel.actions;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.model.BulkActionMessageDetail;
import dev.emailsecurity.camel.model.BulkJobDetail;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.test.Waits;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** createBulkJob with waitForCompletion: completion, timeout with cancel, and no thread held while waiting. */
class BulkJobWaitTest extends EmulatorTestSupport {

    private static final String RELEASE_MALICIOUS = "email-security:createBulkJob?actionType=RELEASE"
                                                    + "&finalDisposition=MALICIOUS&waitForCompletion=true&jobPollInterval=20";

    private final CountDownLatch pinged = new CountDownLatch(3);

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // one consumer thread serves both the job and the pings: a blocking wait would starve the pings
                from("seda:work?concurrentConsumers=1").routeId("work")
                        .choice()
                            .when(header("kind").isEqualTo("job"))
                                .to(RELEASE_MALICIOUS + "&jobTimeout=600000")
                                .to("mock:jobDone")
                            .otherwise()
                                .process(e -> e.getMessage().setHeader("jobStatusAtPing", jobStatus()))
                                .process(e -> pinged.countDown())
                                .to("mock:ping");
            }
        };
    }

    @Test
    void waitsUntilCompletedAndReturnsTheJobWithAllItsMessages() {
        emulator.setBulkJobStep(Duration.ofMillis(50));
        int malicious = (int) emulator.state().messages().stream()
                .filter(m -> "MALICIOUS".equals(m.get("final_disposition"))).mapToLong(m -> ((List<?>) m.get("to")).size())
                .sum();

        Exchange exchange = call(RELEASE_MALICIOUS);

        assertThat(exchange.getException()).isNull();
        BulkJobResult result = exchange.getMessage().getBody(BulkJobResult.class);
        assertThat(result.getStatus()).isEqualTo("COMPLETED");
        assertThat(result.isTimedOut()).isFalse();
        assertThat(result.getMessages()).hasSize(malicious).isNotEmpty();
        assertThat(result.getMessages()).extracting(BulkActionMessageDetail::getStatus).doesNotContain("PENDING");
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.BULK_JOB_STATUS)).isEqualTo("COMPLETED");
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.BULK_JOB_ID))
                .isEqualTo(result.getJob().getJobId());
        assertThat(emulator.state().bulkJobs()).singleElement()
                .satisfies(j -> assertThat(j.get("status")).isEqualTo("COMPLETED"));
        assertThat(callsOf("email_security_create_bulk_job")).singleElement()
                .satisfies(c -> assertThat(c.requestBody()).contains("\"action\":\"RELEASE\"")
                        .contains("\"final_disposition\":\"MALICIOUS\""));
        assertThat(callsOf("email_security_get_bulk_job")).isNotEmpty();
        assertThat(callsOf("email_security_cancel_bulk_job")).isEmpty();
        emulator.assertNoContractViolations();
    }

    @Test
    void aJobStillRunningAtJobTimeoutIsCancelledAndReportedAsSuch() {
        emulator.setBulkJobStep(Duration.ofSeconds(30));

        Exchange exchange = call(RELEASE_MALICIOUS + "&jobTimeout=200");

        assertThat(exchange.getException()).isNull();
        BulkJobResult result = exchange.getMessage().getBody(BulkJobResult.class);
        assertThat(result.isTimedOut()).isTrue();
        assertThat(result.getStatus()).isEqualTo("CANCELLED");
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.BULK_JOB_TIMED_OUT)).isEqualTo(true);
        assertThat(callsOf("email_security_cancel_bulk_job")).hasSize(1);
        assertThat(emulator.state().bulkJobs()).singleElement()
                .satisfies(j -> assertThat(j.get("status")).isEqualTo("CANCELLED"));
        assertThat(emulator.state().releasedIds()).isEmpty();
        emulator.assertNoContractViolations();
    }

    @Test
    void otherExchangesOnTheSameSingleThreadKeepRunningWhileAJobIsAwaited() throws Exception {
        emulator.setBulkJobStep(Duration.ofHours(1)); // the job stays PENDING until the pings have run
        getMockEndpoint("mock:jobDone").expectedMessageCount(1);

        template.sendBodyAndHeader("seda:work", null, "kind", "job");
        for (int i = 0; i < 3; i++) {
            template.sendBodyAndHeader("seda:work", null, "kind", "ping");
        }

        assertThat(pinged.await(Waits.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        emulator.setBulkJobStep(Duration.ofMillis(1)); // progress is computed from the step: the job completes now
        getMockEndpoint("mock:jobDone").assertIsSatisfied(Waits.TIMEOUT.toMillis());
        // the pings ran on the route's only consumer thread while the job was still running
        assertThat(getMockEndpoint("mock:ping").getExchanges())
                .allSatisfy(e -> assertThat(e.getMessage().getHeader("jobStatusAtPing", String.class))
                        .isIn("PENDING", "DISCOVERING", "PROCESSING"));
        Exchange done = getMockEndpoint("mock:jobDone").getExchanges().get(0);
        assertThat(done.getMessage().getBody(BulkJobResult.class).getStatus()).isEqualTo("COMPLETED");
    }

    @Test
    void stoppingTheProducerEndsAPendingWaitWithAnErrorAndLeavesTheJobRunning() throws Exception {
        emulator.setBulkJobStep(Duration.ofSeconds(30));
        org.apache.camel.AsyncProducer producer = context.getEndpoint(RELEASE_MALICIOUS).createAsyncProducer();
        producer.start();
        Exchange exchange = new org.apache.camel.support.DefaultExchange(context);
        CountDownLatch completed = new CountDownLatch(1);

        boolean sync = producer.process(exchange, doneSync -> completed.countDown());
        assertThat(sync).isFalse();
        assertThat(completed.getCount()).isEqualTo(1);
        producer.stop();

        assertThat(completed.await(Waits.TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(exchange.getException()).hasMessageContaining("keeps running")
                .hasMessageContaining((String) emulator.state().bulkJobs().get(0).get("job_id"));
        assertThat(emulator.state().bulkJobs()).singleElement()
                .satisfies(j -> assertThat(j.get("status")).isNotEqualTo("CANCELLED"));
    }

    @Test
    void bulkJobDryRunListsTheMatchingMessagesWithoutCreatingAJob() {
        Exchange exchange = call("email-security:createBulkJob?actionType=MOVE&destination=DeletedItems"
                                 + "&finalDisposition=MALICIOUS&dryRun=true");

        assertThat(exchange.getException()).isNull();
        ActionReport report = exchange.getMessage().getBody(ActionReport.class);
        List<String> malicious = emulator.state().messages().stream()
                .filter(m -> "MALICIOUS".equals(m.get("final_disposition"))).map(m -> (String) m.get("id")).toList();
        assertThat(report.getIds()).containsExactlyInAnyOrderElementsOf(malicious).isNotEmpty();
        assertThat(callsOf("email_security_create_bulk_job")).isEmpty();
        assertThat(emulator.state().bulkJobs()).isEmpty();
    }

    @Test
    void bulkJobOperationsWorkOnTheirOwn() {
        Exchange created = call("email-security:createBulkJob?actionType=RELEASE&finalDisposition=SPAM");
        BulkJobDetail job = created.getMessage().getBody(BulkJobDetail.class);
        Map<String, Object> byId = Map.of(EmailSecurityConstants.JOB_ID, job.getJobId());

        assertThat(call("email-security:getBulkJob", null, byId).getMessage().getBody(BulkJobDetail.class).getJobId())
                .isEqualTo(job.getJobId());
        assertThat(call("email-security:listBulkJobs").getMessage().getBody(List.class)).hasSize(1);
        assertThat(call("email-security:cancelBulkJob", null, byId).getMessage().getBody(BulkJobDetail.class)
                .getStatus()).isEqualTo("CANCELLED");
        assertThat(call("email-security:listBulkJobMessages", null, byId).getException()).isNull();
        assertThat(call("email-security:deleteBulkJob", null, byId).getException()).isNull();
        assertThat(emulator.state().bulkJobs()).isEmpty();
    }

    private static String jobStatus() {
        List<Map<String, Object>> jobs = emulator.state().bulkJobs();
        return jobs.isEmpty() ? "NONE" : String.valueOf(jobs.get(jobs.size() - 1).get("status"));
    }
}
