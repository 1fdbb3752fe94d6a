package dev.emailsecurity.camel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.error.EmailSecurityAuthenticationException;
import dev.emailsecurity.camel.model.BlockedSender;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * streamList=true: the body is an Iterator that fetches a page only when the route has consumed the previous one,
 * with exactly the calls of the collecting mode, every item once, through Camel's streaming split.
 */
class StreamListTest extends EmulatorTestSupport {

    private static final String SEARCH = "email_security_investigate";
    private static final String LIST_BLOCKED = "email_security_list_blocked_senders";
    private static final String ALL_MESSAGES = "email-security:searchMessages?detectionsOnly=false&start=2000-01-01T00:00:00Z&streamList=true";

    private final List<String> splitIds = new ArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ingest")
                        .toD("${header.uri}")
                        .split(body()).streaming()
                            .process(e -> splitIds.add(e.getMessage().getBody(MessageDetails.class).getId()))
                        .end();
            }
        };
    }

    @ParameterizedTest(name = "pageSize {0}")
    @ValueSource(ints = { 1000, 120, 7 })
    void streamingSplitDeliversEveryItemOnceWithTheCallsOfOnePerPage(int pageSize) {
        List<String> expected = emulator.state().messages().stream().map(m -> String.valueOf(m.get("id"))).toList();
        emulator.clearCalls();

        Exchange exchange = call("direct:ingest", null, Map.of("uri", ALL_MESSAGES + "&pageSize=" + pageSize));

        assertThat(exchange.getException()).isNull();
        assertThat(splitIds).hasSize(expected.size()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(emulator.callCount(SEARCH)).isEqualTo((expected.size() + pageSize - 1) / pageSize);
    }

    @Test
    void theNextPageIsFetchedOnlyWhenTheItemsOfThePreviousOneAreConsumed() {
        emulator.clearCalls();

        Exchange exchange = call(ALL_MESSAGES + "&pageSize=7");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.RESULT_COUNT)).isNull();
        Iterator<?> items = exchange.getMessage().getBody(Iterator.class);
        assertThat(emulator.callCount(SEARCH)).isEqualTo(1);
        for (int i = 0; i < 7; i++) {
            assertThat(items.next()).isInstanceOf(MessageDetails.class);
        }
        assertThat(emulator.callCount(SEARCH)).isEqualTo(1);
        assertThat(items.hasNext()).isTrue();
        assertThat(emulator.callCount(SEARCH)).isEqualTo(2);
    }

    @ParameterizedTest(name = "maxResults {0}")
    @ValueSource(ints = { 1, 25, 26 })
    void maxResultsCapsTheItemsAndTheCalls(int maxResults) {
        emulator.clearCalls();

        Exchange exchange = call(ALL_MESSAGES + "&pageSize=25&maxResults=" + maxResults);

        List<Object> items = new ArrayList<>();
        exchange.getMessage().getBody(Iterator.class).forEachRemaining(items::add);
        assertThat(items).hasSize(maxResults);
        int perPage = Math.min(maxResults, 25);
        assertThat(emulator.callCount(SEARCH)).isEqualTo((maxResults + perPage - 1) / perPage);
    }

    @Test
    void pageStyleListsStreamToo() {
        for (int i = emulator.state().settings("block_senders").size(); i < 31; i++) {
            call("email-security:createBlockedSender",
                    Map.of("pattern", "sender" + i + "@stream.example", "pattern_type", "EMAIL", "is_regex", false),
                    Map.of());
        }
        int entries = emulator.state().settings("block_senders").size();
        emulator.clearCalls();

        Exchange exchange = call("email-security:listBlockedSenders?streamList=true&pageSize=10");

        List<Object> items = new ArrayList<>();
        exchange.getMessage().getBody(Iterator.class).forEachRemaining(items::add);
        assertThat(items).hasSize(entries).allMatch(BlockedSender.class::isInstance)
                .extracting(b -> ((BlockedSender) b).getId()).doesNotHaveDuplicates();
        assertThat(emulator.callCount(LIST_BLOCKED)).isEqualTo((entries + 9) / 10);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.TOTAL_COUNT)).isEqualTo((long) entries);
    }

    @Test
    void aRefusedFirstPageFailsTheProducerCall() {
        Exchange exchange = call(ALL_MESSAGES + "&apiToken=wrong-token-for-stream");

        assertThat(exchange.getException()).isInstanceOf(EmailSecurityAuthenticationException.class);
    }
}
