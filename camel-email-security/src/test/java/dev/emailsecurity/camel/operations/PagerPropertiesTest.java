package dev.emailsecurity.camel.operations;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

import dev.emailsecurity.camel.transport.Effect;
import dev.emailsecurity.camel.transport.ApiRequest;
import dev.emailsecurity.camel.transport.ResponseDecoder.Decoded;
import dev.emailsecurity.camel.transport.ResultInfo;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pager against an in-memory list API that pages the way the real one does (and the emulator's
 * {@code Pagination}): page style with {@code total_pages}, cursor style with {@code next}, and the bulk-job shape
 * (page/per_page in, cursor-shaped {@code result_info} out).
 */
class PagerPropertiesTest {

    private static final Map.Entry<String, String> FILTER = entry("query", "invoice");

    @Property(tries = 500)
    void followsEveryPageOnceAndMakesCeilNOverPageSizeCalls(@ForAll("pagedStyles") ListStyle style,
                                                            @ForAll @IntRange(max = 12) int fullPages,
                                                            @ForAll @IntRange(min = 1, max = 300) int pageSize,
                                                            @ForAll @IntRange(max = 299) int rest,
                                                            @ForAll boolean exactMultiple) {
        int n = fullPages * pageSize + (exactMultiple ? 0 : rest % pageSize);
        FakeListApi api = new FakeListApi(style, n);

        Pager.Result result = Pager.fetch(spec(style), request(), new Pager.Paging(pageSize, 0, true, null, null), api);

        int expectedCalls = Math.max(1, ceilDiv(n, pageSize));
        assertThat(api.calls).isEqualTo(expectedCalls);
        assertThat(result.pages()).isEqualTo(expectedCalls);
        assertThat(result.body()).isEqualTo(api.items);
        assertThat(result.itemCount()).isEqualTo(n);
        assertThat(result.nextCursor()).isNull();
        assertThat(result.nextPage()).isNull();
        assertThat(result.totalCount()).isEqualTo(style == ListStyle.PAGE ? Long.valueOf(n) : null);
        assertThat(api.perPageSent).containsOnly(pageSize);
    }

    @Property(tries = 500)
    void maxResultsReturnsTheFirstItemsAndReadsNoFurtherPage(@ForAll("pagedStyles") ListStyle style,
                                                             @ForAll @IntRange(max = 400) int n,
                                                             @ForAll @IntRange(min = 1, max = 60) int pageSize,
                                                             @ForAll @IntRange(min = 1, max = 200) int maxResults) {
        FakeListApi api = new FakeListApi(style, n);

        Pager.Result result = Pager.fetch(spec(style), request(),
                new Pager.Paging(pageSize, maxResults, true, null, null), api);

        int perPage = Math.min(pageSize, maxResults);
        int returned = Math.min(n, maxResults);
        assertThat(result.body()).isEqualTo(api.items.subList(0, returned));
        assertThat(result.itemCount()).isEqualTo(returned);
        assertThat(api.perPageSent).containsOnly(perPage);
        assertThat(api.calls).isEqualTo(Math.max(1, ceilDiv(returned, perPage)));
        assertThat(result.pages()).isEqualTo(api.calls);
        if (n <= maxResults || maxResults % perPage != 0) {
            // the end of the list, or a page cut short: there is no page boundary to continue from
            assertThat(result.nextCursor()).isNull();
            assertThat(result.nextPage()).isNull();
        } else if (style == ListStyle.CURSOR) {
            assertThat(result.nextCursor()).isEqualTo(FakeListApi.cursorAt(maxResults));
            assertThat(result.nextPage()).isNull();
        } else {
            assertThat(result.nextPage()).isEqualTo(maxResults / perPage + 1);
            assertThat(result.nextCursor()).isNull();
        }
    }

    @Property(tries = 300)
    void pageByPageWithTheNextHeadersReadsEveryItemExactlyOnce(@ForAll("pagedStyles") ListStyle style,
                                                               @ForAll @IntRange(max = 500) int n,
                                                               @ForAll @IntRange(min = 1, max = 80) int pageSize) {
        FakeListApi api = new FakeListApi(style, n);
        List<Object> collected = new ArrayList<>();
        Integer page = null;
        String cursor = null;
        int results = 0;
        do {
            Pager.Result result = Pager.fetch(spec(style), request(),
                    new Pager.Paging(pageSize, 0, false, page, cursor), api);
            results++;
            assertThat(result.pages()).isEqualTo(1);
            collected.addAll((List<?>) result.body());
            page = result.nextPage();
            cursor = result.nextCursor();
            assertThat(style == ListStyle.CURSOR ? page : cursor).isNull();
            assertThat(results).as("calls for %s items", n).isLessThanOrEqualTo(n + 1);
        } while (page != null || cursor != null);

        assertThat(collected).isEqualTo(api.items);
        assertThat(results).isEqualTo(api.calls).isEqualTo(Math.max(1, ceilDiv(n, pageSize)));
    }

    @Property(tries = 200)
    void startsAtTheRequestedPage(@ForAll("pageStyles") ListStyle style, @ForAll @IntRange(max = 300) int n,
                                  @ForAll @IntRange(min = 1, max = 50) int pageSize,
                                  @ForAll @IntRange(min = 1, max = 12) int startPage) {
        FakeListApi api = new FakeListApi(style, n);

        Pager.Result result = Pager.fetch(spec(style), request(),
                new Pager.Paging(pageSize, 0, true, startPage, null), api);

        int from = Math.min(n, (startPage - 1) * pageSize);
        assertThat(result.body()).isEqualTo(api.items.subList(from, n));
        assertThat(api.pagesSent.get(0)).isEqualTo(startPage);
        assertThat(api.calls).isEqualTo(Math.max(1, ceilDiv(n - from, pageSize)));
    }

    @Property(tries = 100)
    void keepsTheCallersQueryAndSendsOnlyTheParametersOfItsStyle(@ForAll("pagedStyles") ListStyle style,
                                                                  @ForAll @IntRange(max = 100) int n,
                                                                  @ForAll @IntRange(min = 1, max = 30) int pageSize) {
        FakeListApi api = new FakeListApi(style, n);

        Pager.fetch(spec(style), request(), new Pager.Paging(pageSize, 0, true, null, null), api);

        for (ApiRequest sent : api.requests) {
            assertThat(sent.query().get(0)).isEqualTo(FILTER);
            assertThat(sent.operation()).isEqualTo("list");
            assertThat(sent.path()).isEqualTo("/items");
        }
        List<String> names = api.requests.stream().flatMap(r -> r.query().stream()).map(Map.Entry::getKey).toList();
        if (style == ListStyle.CURSOR) {
            assertThat(names).doesNotContain("page");
            assertThat(api.requests.get(0).query()).extracting(Map.Entry::getKey).doesNotContain("cursor");
        } else {
            assertThat(names).doesNotContain("cursor");
            assertThat(api.pagesSent).isEqualTo(IntStream.rangeClosed(1, api.calls).boxed().toList());
        }
    }

    @Property(tries = 50)
    void aListThatIsNotPagedCostsOneCallAndComesBackAsItIs(@ForAll("unpagedStyles") ListStyle style,
                                                           @ForAll @IntRange(max = 50) int n) {
        List<String> items = IntStream.range(0, n).mapToObj(i -> "item-" + i).toList();
        Object body = style == ListStyle.SINGLE ? items : Map.of("id", "x");
        List<ApiRequest> sent = new ArrayList<>();
        ApiRequest request = request();

        Pager.Result result = Pager.fetch(spec(style), request, new Pager.Paging(7, 3, true, 2, "c"), r -> {
            sent.add(r);
            return new Decoded(body, null);
        });

        assertThat(sent).containsExactly(request);
        assertThat(result.body()).isSameAs(body);
        assertThat(result.pages()).isEqualTo(1);
        assertThat(result.itemCount()).isEqualTo(style == ListStyle.SINGLE ? Integer.valueOf(n) : null);
        assertThat(result.nextCursor()).isNull();
        assertThat(result.nextPage()).isNull();
    }

    @Example
    void aListThatNeverEndsIsStoppedAfterOneHundredThousandPages() {
        int[] calls = {0};
        Function<ApiRequest, Decoded> endless = r -> {
            calls[0]++;
            ResultInfo info = new ResultInfo();
            info.setNext("again");
            return new Decoded(List.of("same"), info);
        };

        assertThatThrownBy(() -> Pager.fetch(spec(ListStyle.CURSOR), request(),
                new Pager.Paging(1, 0, true, null, null), endless))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("100000 pages");
        assertThat(calls[0]).isEqualTo(100_000);
    }

    @Provide
    Arbitrary<ListStyle> pagedStyles() {
        return Arbitraries.of(ListStyle.CURSOR, ListStyle.PAGE, ListStyle.PAGE_WITH_CURSOR_INFO);
    }

    @Provide
    Arbitrary<ListStyle> pageStyles() {
        return Arbitraries.of(ListStyle.PAGE, ListStyle.PAGE_WITH_CURSOR_INFO);
    }

    @Provide
    Arbitrary<ListStyle> unpagedStyles() {
        return Arbitraries.of(ListStyle.NONE, ListStyle.SINGLE);
    }

    /** The first row of the operation table with that list style. */
    private static OperationSpec spec(ListStyle style) {
        for (EmailSecurityOperation op : EmailSecurityOperation.values()) {
            if (op.spec().listStyle() == style) {
                return op.spec();
            }
        }
        throw new AssertionError("no operation with list style " + style);
    }

    private static ApiRequest request() {
        return new ApiRequest("list", Effect.READ, "GET", "/items", List.of(FILTER), null);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static Map.Entry<String, String> entry(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }

    /** A remote list of n items, answering one page per request as the API does for the given style. */
    private static final class FakeListApi implements Function<ApiRequest, Decoded> {

        final ListStyle style;
        final List<String> items;
        final List<ApiRequest> requests = new ArrayList<>();
        final List<Integer> perPageSent = new ArrayList<>();
        final List<Integer> pagesSent = new ArrayList<>();
        int calls;

        FakeListApi(ListStyle style, int n) {
            this.style = style;
            this.items = IntStream.range(0, n).mapToObj(i -> "item-" + i).toList();
        }

        static String cursorAt(int offset) {
            return "at:" + offset;
        }

        @Override
        public Decoded apply(ApiRequest request) {
            calls++;
            requests.add(request);
            int perPage = Integer.parseInt(only(request, "per_page"));
            if (perPage < 1 || perPage > 1000) {
                throw new IllegalArgumentException("400: per_page must be between 1 and 1000, was " + perPage);
            }
            perPageSent.add(perPage);
            int offset;
            if (style == ListStyle.CURSOR) {
                String cursor = only(request, "cursor");
                offset = cursor == null ? 0 : Integer.parseInt(cursor.substring("at:".length()));
            } else {
                int page = Integer.parseInt(only(request, "page"));
                pagesSent.add(page);
                offset = (page - 1) * perPage;
            }
            int from = Math.min(offset, items.size());
            List<Object> slice = new ArrayList<>(items.subList(from, Math.min(items.size(), from + perPage)));
            ResultInfo info = new ResultInfo();
            info.setCount(slice.size());
            info.setPerPage(perPage);
            boolean more = offset + perPage < items.size();
            switch (style) {
                case PAGE -> {
                    info.setPage(offset / perPage + 1);
                    info.setTotalCount((long) items.size());
                    info.setTotalPages(ceilDiv(items.size(), perPage));
                }
                case CURSOR -> info.setNext(more ? cursorAt(offset + perPage) : null);
                case PAGE_WITH_CURSOR_INFO -> info.setNext(more ? "page:" + (offset / perPage + 2) : null);
                default -> throw new AssertionError(style);
            }
            return new Decoded(slice, info);
        }

        private static String only(ApiRequest request, String name) {
            List<String> values = request.query().stream().filter(e -> e.getKey().equals(name))
                    .map(Map.Entry::getValue).toList();
            assertThat(values).as("query parameter %s", name).hasSizeLessThanOrEqualTo(1);
            return values.isEmpty() ? null : values.get(0);
        }
    }
}
