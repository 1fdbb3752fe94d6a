package dev.emailsecurity.camel.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * searchMessages with several values in a filter: one search per value (per combination), merged newest first as
 * one search is, each message once; bad values and impossible paging fail with the option named.
 */
class MultiValueFilterProducerTest extends EmulatorTestSupport {

    private static final String SEARCH = "email_security_investigate";
    private static final String ALL_TIME = "&start=2000-01-01T00:00:00Z&detectionsOnly=false";

    @Test
    void severalDispositionsGiveTheirUnionNewestFirst() {
        List<String> expected = newestFirst(Set.of("MALICIOUS", "SPOOF"));

        Exchange exchange = call("email-security:searchMessages?finalDisposition=MALICIOUS,SPOOF" + ALL_TIME);

        assertThat(exchange.getException()).isNull();
        assertThat(ids(exchange)).containsExactlyElementsOf(expected);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.RESULT_COUNT)).isEqualTo(expected.size());
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.NEXT_CURSOR)).isNull();
        assertThat(searchedValues("final_disposition")).containsExactly("MALICIOUS", "SPOOF");
        System.out.printf("searchMessages finalDisposition=MALICIOUS,SPOOF: %d messages from %d searches%n",
                expected.size(), callsOf(SEARCH).size());
        emulator.assertNoContractViolations();
    }

    @Test
    void theHeaderTakesSeveralValuesToo() {
        Exchange exchange = call("email-security:searchMessages?finalDisposition=SPAM" + ALL_TIME,
                null, Map.of(EmailSecurityConstants.FINAL_DISPOSITION, "SPOOF, MALICIOUS"));

        assertThat(exchange.getException()).isNull();
        assertThat(ids(exchange)).containsExactlyElementsOf(newestFirst(Set.of("MALICIOUS", "SPOOF")));
    }

    @Test
    void aMessageFoundByTwoValuesComesOnce() {
        MessageDetails one = (MessageDetails) call("email-security:searchMessages?finalDisposition=MALICIOUS"
                                                   + "&maxResults=1" + ALL_TIME).getMessage().getBody(List.class).get(0);
        String sender = one.getEnvelopeFrom();
        int searchesBefore = callsOf(SEARCH).size();

        Exchange exchange = call("email-security:searchMessages?finalDisposition=MALICIOUS" + ALL_TIME, null,
                Map.of(EmailSecurityConstants.SENDER, sender + "," + sender.toUpperCase(java.util.Locale.ROOT)));

        assertThat(exchange.getException()).isNull();
        assertThat(callsOf(SEARCH)).hasSize(searchesBefore + 2);
        List<String> ids = ids(exchange);
        assertThat(ids).contains(one.getId()).doesNotHaveDuplicates();
    }

    @Test
    void maxResultsKeepsTheNewestOfTheUnion() {
        List<String> expected = newestFirst(Set.of("MALICIOUS", "SPOOF")).subList(0, 5);

        Exchange exchange = call("email-security:searchMessages?finalDisposition=MALICIOUS,SPOOF&maxResults=5"
                                 + ALL_TIME);

        assertThat(ids(exchange)).containsExactlyElementsOf(expected);
    }

    @Test
    void aBadValueAmongSeveralFailsAtStartNamingIt() {
        assertThatThrownBy(() -> context.getEndpoint("email-security:searchMessages?finalDisposition=MALICIOUS,EVIL"))
                .hasStackTraceContaining("Invalid value 'EVIL' for finalDisposition")
                .hasStackTraceContaining("MALICIOUS, SUSPICIOUS, SPOOF");
    }

    @Test
    void oneSearchPerValueIsOnlyForTheFiltersThatTakeSeveral() {
        assertThatThrownBy(() -> context.getEndpoint(
                "email-security:createBulkJob?finalDisposition=MALICIOUS,SPOOF"))
                .hasStackTraceContaining("Invalid value 'MALICIOUS,SPOOF' for finalDisposition");
    }

    @Test
    void tooManyCombinationsFailAtStartNamingTheFilters() {
        assertThatThrownBy(() -> context.getEndpoint("email-security:searchMessages"
                                                     + "?finalDisposition=MALICIOUS,SUSPICIOUS,SPOOF,SPAM,BULK,NONE"
                                                     + "&sender=a,b,c,d,e,f"))
                .hasStackTraceContaining("finalDisposition 6 x sender 6 make 36 searches, more than 32");
    }

    @Test
    void onePageOrACursorCannotBeMerged() {
        Exchange exchange = call("email-security:searchMessages?finalDisposition=MALICIOUS,SPOOF&autoPaginate=false"
                                 + ALL_TIME);

        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("autoPaginate=true");
        assertThat(callsOf(SEARCH)).isEmpty();
    }

    private static List<String> newestFirst(Set<String> dispositions) {
        return emulator.state().messages().stream()
                .filter(m -> dispositions.contains(m.get("final_disposition")))
                .sorted(Comparator.comparing((Map<String, Object> m) -> java.time.Instant.parse(
                        (String) m.get("scanned_at"))).reversed())
                .map(m -> (String) m.get("id")).toList();
    }

    private static List<String> ids(Exchange exchange) {
        return ((List<?>) exchange.getMessage().getBody(List.class)).stream()
                .map(m -> ((MessageDetails) m).getId()).toList();
    }

    private static List<String> searchedValues(String parameter) {
        return callsOf(SEARCH).stream().map(RecordedCall::query)
                .map(q -> String.join("|", q.getOrDefault(parameter, List.of()))).distinct().sorted().toList();
    }
}
