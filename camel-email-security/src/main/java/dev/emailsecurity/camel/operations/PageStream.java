package dev.emailsecurity.camel.operations;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

import dev.emailsecurity.camel.transport.ApiRequest;
import dev.emailsecurity.camel.transport.ResponseDecoder.Decoded;

/**
 * The items of a list operation as an {@link Iterator} that fetches the next page only when the items of the current
 * one have been consumed, so memory is bounded by one page whatever the length of the list. Each page is one
 * {@link Pager#fetch} of a single page from where the previous one ended, so the calls made are exactly those of the
 * collecting mode (same page size, same stop rules, {@code maxResults} honoured). The first page is fetched by
 * {@link #open}, so a bad request or a refused token fails the producer call itself, not the route's split.
 */
public final class PageStream implements Iterator<Object> {

    private final OperationSpec spec;
    private final ApiRequest request;
    private final Function<ApiRequest, Decoded> call;
    private final int perPage;
    private final int maxResults;
    private final boolean autoPaginate;

    private Pager.Result current;
    private Iterator<?> items;
    private int delivered;
    private int pages;

    private PageStream(OperationSpec spec, ApiRequest request, Pager.Paging paging,
                       Function<ApiRequest, Decoded> call) {
        this.spec = spec;
        this.request = request;
        this.call = call;
        this.maxResults = paging.maxResults();
        this.perPage = maxResults > 0 ? Math.min(paging.pageSize(), maxResults) : paging.pageSize();
        this.autoPaginate = paging.autoPaginate();
        load(paging.startPage(), paging.startCursor());
    }

    /** Fetches the first page and returns the stream positioned on its first item. */
    public static PageStream open(OperationSpec spec, ApiRequest request, Pager.Paging paging,
                                  Function<ApiRequest, Decoded> call) {
        return new PageStream(spec, request, paging, call);
    }

    /** The first page's outcome (status of the list, total count); its body is not kept here. */
    public Pager.Result firstPage() {
        return current;
    }

    /** The number of API calls made so far. */
    public int pages() {
        return pages;
    }

    @Override
    public boolean hasNext() {
        while (!items.hasNext()) {
            if (!morePages()) {
                return false;
            }
            load(current.nextPage(), current.nextCursor());
        }
        return maxResults <= 0 || delivered < maxResults;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more items in " + spec.apiOperationId());
        }
        delivered++;
        return items.next();
    }

    private boolean morePages() {
        boolean full = maxResults > 0 && delivered >= maxResults;
        return autoPaginate && !full && (current.nextPage() != null || current.nextCursor() != null);
    }

    private void load(Integer page, String cursor) {
        // one page at the fixed per_page; maxResults is applied here, so every page asks for the same size
        Pager.Result result = Pager.fetch(spec, request, new Pager.Paging(perPage, 0, false, page, cursor), call);
        pages++;
        items = result.body() instanceof List<?> list ? list.iterator() : List.of().iterator();
        current = new Pager.Result(null, result.pages(), result.itemCount(), result.totalCount(), result.nextCursor(),
                result.nextPage());
    }

    @Override
    public String toString() {
        return "PageStream[" + spec.apiOperationId() + ", " + delivered + " items delivered, " + pages + " pages fetched]";
    }
}
