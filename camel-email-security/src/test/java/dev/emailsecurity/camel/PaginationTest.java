package dev.emailsecurity.camel;

import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.model.BlockedSender;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * N items over k pages cost exactly k list calls, counted by the emulator, for the cursor style (searchMessages) and
 * the page style (settings lists), including N an exact multiple of the page size.
 */
class PaginationTest extends EmulatorTestSupport {

    private static final String SEARCH = "email_security_investigate";
    private static final String LIST_BLOCKED = "email_security_list_blocked_senders";
    private static final String ALL_MESSAGES = "email-security:searchMessages?detectionsOnly=false&start=2000-01-01T00:00:00Z";

    @ParameterizedTest(name = "pageSize {0}")
    @ValueSource(ints = { 1000, 120, 60, 50, 7 })
    void cursorPagingCostsOneCallPerPage(int pageSize) {
        int total = emulator.state().messages().size();
        emulator.clearCalls();

        Exchange exchange = call(ALL_MESSAGES + "&pageSize=" + pageSize);

        assertThat(exchange.getException()).isNull();
        List<?> messages = exchange.getMessage().getBody(List.class);
        assertThat(messages).hasSize(total).allMatch(MessageDetails.class::isInstance);
        assertThat(messages.stream().map(m -> ((MessageDetails) m).getId()).distinct()).hasSize(total);
        int expectedPages = (total + pageSize - 1) / pageSize;
        System.out.printf("cursor: %d items, pageSize %d -> %d calls (expected %d)%n", total, pageSize,
                emulator.callCount(SEARCH), expectedPages);
        assertThat(emulator.callCount(SEARCH)).isEqualTo(expectedPages);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.PAGE_COUNT)).isEqualTo(expectedPages);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.NEXT_CURSOR)).isNull();
    }

    @ParameterizedTest(name = "{0} entries, pageSize {1}")
    @CsvSource({ "30, 10", "30, 7", "30, 30", "30, 1000", "31, 10" })
    void pagePagingCostsOneCallPerPage(int entries, int pageSize) {
        blockedSendersUpTo(entries);
        emulator.clearCalls();

        Exchange exchange = call("email-security:listBlockedSenders?pageSize=" + pageSize);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(entries).allMatch(BlockedSender.class::isInstance);
        int expectedPages = (entries + pageSize - 1) / pageSize;
        System.out.printf("page: %d items, pageSize %d -> %d calls (expected %d)%n", entries, pageSize,
                emulator.callCount(LIST_BLOCKED), expectedPages);
        assertThat(emulator.callCount(LIST_BLOCKED)).isEqualTo(expectedPages);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.TOTAL_COUNT)).isEqualTo((long) entries);
    }

    @ParameterizedTest(name = "maxResults {0}")
    @ValueSource(ints = { 1, 25, 26 })
    void maxResultsCapsTheItemsAndTheCalls(int maxResults) {
        emulator.clearCalls();

        Exchange exchange = call(ALL_MESSAGES + "&pageSize=25&maxResults=" + maxResults);

        assertThat(exchange.getMessage().getBody(List.class)).hasSize(maxResults);
        assertThat(emulator.callCount(SEARCH)).isEqualTo((Math.min(maxResults, 25) + maxResults - 1) / Math.min(maxResults, 25));
    }

    @ParameterizedTest(name = "style {0}")
    @ValueSource(strings = { "cursor", "page" })
    void singlePageModeHandsTheNextPositionToTheRoute(String style) {
        blockedSendersUpTo(25);
        String uri = style.equals("cursor") ? ALL_MESSAGES + "&pageSize=50&autoPaginate=false"
                : "email-security:listBlockedSenders?pageSize=10&autoPaginate=false";
        String positionHeader = style.equals("cursor") ? EmailSecurityConstants.CURSOR : EmailSecurityConstants.PAGE;
        String nextHeader = style.equals("cursor") ? EmailSecurityConstants.NEXT_CURSOR : EmailSecurityConstants.NEXT_PAGE;
        int expected = style.equals("cursor") ? emulator.state().messages().size() : 25;
        emulator.clearCalls();

        int seen = 0;
        int calls = 0;
        Object position = null;
        do {
            Exchange exchange = call(uri, null, position == null ? Map.of() : Map.of(positionHeader, position));
            assertThat(exchange.getException()).isNull();
            seen += exchange.getMessage().getBody(List.class).size();
            position = exchange.getMessage().getHeader(nextHeader);
            calls++;
        } while (position != null);

        assertThat(seen).isEqualTo(expected);
        assertThat(emulator.totalCalls()).isEqualTo(calls);
    }

    /** Creates or deletes blocked senders until there are exactly {@code n}. */
    private void blockedSendersUpTo(int n) {
        List<Map<String, Object>> existing = emulator.state().settings("block_senders");
        for (int i = existing.size() - 1; i >= n; i--) {
            call("email-security:deleteBlockedSender", null,
                    Map.of(EmailSecurityConstants.PATTERN_ID, existing.get(i).get("id")));
        }
        for (int i = existing.size(); i < n; i++) {
            Exchange e = call("email-security:createBlockedSender",
                    Map.of("pattern", "sender" + i + "@paging.example", "pattern_type", "EMAIL", "is_regex", false),
                    Map.of());
            assertThat(e.getException()).isNull();
        }
        assertThat(emulator.state().settings("block_senders")).hasSize(n);
    }
}
