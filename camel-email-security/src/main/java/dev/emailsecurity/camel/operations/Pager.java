package dev.emailsecurity.camel.operations;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dev.emailsecurity.camel.transport.ApiRequest;
import dev.emailsecurity.camel.transport.ResponseDecoder.Decoded;
import dev.emailsecurity.camel.transport.ResultInfo;

/**
 * Runs one call of an operation, following the pages of a list until its end, {@code maxResults}, or one page when
 * auto-pagination is off. It stops on what the API says ({@code next} null, {@code total_pages} reached, a short
 * page), so a list of N items on k pages costs exactly k calls, also when N is a multiple of the page size.
 */
public final class Pager {

    static final Set<ApiParameter> PAGING_PARAMETERS = Set.of(ApiParameter.PAGE, ApiParameter.PER_PAGE,
            ApiParameter.CURSOR);

    /** Safety stop against an API that never ends a list. */
    private static final int MAX_PAGES = 100_000;

    /**
     * How to page one call.
     *
     * @param pageSize     items per page (per_page)
     * @param maxResults   the most items to return, 0 for no limit
     * @param autoPaginate follow the pages, or return only the first
     * @param startPage    the page to start from (page styles), null for 1
     * @param startCursor  the cursor to start from (cursor style), null for the beginning
     */
    public record Paging(int pageSize, int maxResults, boolean autoPaginate, Integer startPage, String startCursor) {
    }

    /**
     * The outcome of one call.
     *
     * @param body       the decoded result; for lists, all the items collected
     * @param pages      the number of API calls made
     * @param itemCount  the number of items (lists only, else null)
     * @param totalCount the total the API reported, when it did
     * @param nextCursor the cursor to continue from, when the list has more
     * @param nextPage   the page to continue from, when the list has more
     */
    public record Result(Object body, int pages, Integer itemCount, Long totalCount, String nextCursor,
                         Integer nextPage) {
    }

    private Pager() {
    }

    public static Result fetch(OperationSpec spec, ApiRequest request, Paging paging,
                               Function<ApiRequest, Decoded> call) {
        ListStyle style = spec.listStyle();
        if (!style.isPaged()) {
            Decoded decoded = call.apply(request);
            Integer count = decoded.result() instanceof List<?> l ? l.size() : null;
            return new Result(decoded.result(), 1, count, null, null, null);
        }
        int perPage = paging.maxResults() > 0 ? Math.min(paging.pageSize(), paging.maxResults()) : paging.pageSize();
        int page = paging.startPage() == null ? 1 : paging.startPage();
        String cursor = paging.startCursor();
        List<Object> items = new ArrayList<>();
        Long totalCount = null;
        for (int pages = 1; pages <= MAX_PAGES; pages++) {
            Decoded decoded = call.apply(request.withQuery(pagedQuery(request, style, perPage, page, cursor)));
            List<?> got = decoded.result() instanceof List<?> l ? l : List.of();
            ResultInfo info = decoded.resultInfo();
            if (style == ListStyle.PAGE && info != null && info.getTotalCount() != null) {
                totalCount = info.getTotalCount();
            }
            int room = paging.maxResults() > 0 ? paging.maxResults() - items.size() : Integer.MAX_VALUE;
            boolean truncated = got.size() > room;
            items.addAll(truncated ? got.subList(0, room) : got);
            boolean more = hasMore(style, info, got.size(), perPage, page) && !truncated;
            String nextCursor = more && style == ListStyle.CURSOR ? info.getNext() : null;
            Integer nextPage = more && style != ListStyle.CURSOR ? page + 1 : null;
            boolean full = paging.maxResults() > 0 && items.size() >= paging.maxResults();
            if (!more || !paging.autoPaginate() || full) {
                return new Result(items, pages, items.size(), totalCount, nextCursor, nextPage);
            }
            page++;
            cursor = nextCursor;
        }
        throw new IllegalStateException("Operation list did not end after " + MAX_PAGES + " pages");
    }

    private static boolean hasMore(ListStyle style, ResultInfo info, int got, int perPage, int page) {
        if (got == 0) {
            return false;
        }
        return switch (style) {
            case CURSOR -> info != null && info.getNext() != null && !info.getNext().isEmpty();
            case PAGE -> info != null && info.getTotalPages() != null ? page < info.getTotalPages() : got >= perPage;
            case PAGE_WITH_CURSOR_INFO -> got >= perPage && (info == null || !info.isNextPresent()
                                                             || info.getNext() != null);
            default -> false;
        };
    }

    private static List<Map.Entry<String, String>> pagedQuery(ApiRequest request, ListStyle style, int perPage,
                                                              int page, String cursor) {
        List<Map.Entry<String, String>> query = new ArrayList<>(request.query());
        if (style == ListStyle.CURSOR) {
            if (cursor != null) {
                query.add(entry(ApiParameter.CURSOR.apiName(), cursor));
            }
        } else {
            query.add(entry(ApiParameter.PAGE.apiName(), Integer.toString(page)));
        }
        query.add(entry(ApiParameter.PER_PAGE.apiName(), Integer.toString(perPage)));
        return query;
    }

    private static Map.Entry<String, String> entry(String name, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(name, value);
    }
}
