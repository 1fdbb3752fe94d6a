package dev.emailsecurity.camel.consumer;

import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.model.PhishGuardReport;
import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.ReceivedItems;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PhishGuard reports are page-paginated since the newest API ({@code page}, {@code per_page}, {@code result_info}):
 * with more reports than one page, the producer returns all of them and the consumer delivers all of them, one page
 * call per page.
 */
class PhishguardPagingTest extends EmulatorContextTestSupport {

    private static final String OP = "email_security_get_phishguard_reports";
    private static final int PAGE_SIZE = 3;

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    PhishguardPagingTest() {
        super(EMULATOR);
    }

    @Test
    void theProducerReturnsEveryReportAcrossThePages() throws Exception {
        List<String> all = reportIds();
        assertThat(all.size()).as("more reports than one page").isGreaterThan(2 * PAGE_SIZE);
        CamelContext context = start(Map.of(), new RouteBuilder() {
            @Override
            public void configure() {
            }
        });

        Exchange out = context.createProducerTemplate().request("email-security:listPhishguardReports?pageSize="
                                                                + PAGE_SIZE + "&start=2020-01-01T00:00:00Z", e -> { });

        assertThat(out.getException()).isNull();
        List<?> body = out.getMessage().getBody(List.class);
        assertThat(body).extracting(r -> String.valueOf(((PhishGuardReport) r).getId()))
                .containsExactlyInAnyOrderElementsOf(all);
        int pages = (all.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(pageNumbers(emulator().calls())).containsExactlyElementsOf(pageSequence(pages));
        emulator().assertNoContractViolations();
    }

    @Test
    void theConsumerDeliversEveryReportAcrossThePages() throws Exception {
        List<String> all = reportIds();
        ReceivedItems out = new ReceivedItems();
        start(Map.of(), route("reports", "email-security:listPhishguardReports?startFrom=beginning&delay=60000&pageSize="
                                         + PAGE_SIZE, out));

        Waits.until("every report", () -> out.containsAll(all));
        assertThat(out.all()).extracting(ReceivedItems.Received::id).containsExactlyInAnyOrderElementsOf(all);
        int pages = (all.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        assertThat(pageNumbers(emulator().calls())).as("one call per page of the first poll")
                .startsWith(pageSequence(pages).toArray(String[]::new));
        emulator().assertNoContractViolations();
    }

    private List<String> reportIds() {
        return emulator().state().phishguardReports().stream().map(r -> String.valueOf(r.get("id"))).toList();
    }

    private static List<String> pageNumbers(List<RecordedCall> calls) {
        return calls.stream().filter(c -> OP.equals(c.operationId()))
                .map(c -> c.query().getOrDefault("page", List.of("1")).get(0)).toList();
    }

    private static List<String> pageSequence(int pages) {
        return java.util.stream.IntStream.rangeClosed(1, pages).mapToObj(String::valueOf).toList();
    }
}
