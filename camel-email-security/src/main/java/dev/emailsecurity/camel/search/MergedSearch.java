package dev.emailsecurity.camel.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.emailsecurity.camel.operations.Pager;
import dev.emailsecurity.camel.operations.ParameterSource;

/**
 * Several searches made as one (see {@link ValueLists}): each followed to its end, then their items as one list,
 * each item once (by id: a message matching two values of a filter comes back from both searches), newest first as
 * the API orders one search, at most {@code maxResults}.
 */
public final class MergedSearch {

    private MergedSearch() {
    }

    /**
     * Runs the searches and merges their items; the result counts the calls of all of them and has no continuation
     * (cursor or page): a merged list cannot be resumed.
     *
     * @throws IllegalArgumentException when the paging asks for one page or a continuation, which a merge cannot give
     */
    public static Pager.Result run(List<ParameterSource> searches, Pager.Paging paging,
                                   Function<ParameterSource, Pager.Result> fetch, Function<Object, Object> id,
                                   Function<Object, Object> time) {
        if (!paging.autoPaginate() || paging.startCursor() != null || paging.startPage() != null) {
            throw new IllegalArgumentException("Several values in one filter make one search per value, merged: "
                                               + "that needs autoPaginate=true and no cursor or page (the merged "
                                               + "list has no continuation); use maxResults to bound it");
        }
        List<List<?>> results = new ArrayList<>();
        int pages = 0;
        for (ParameterSource search : searches) {
            Pager.Result one = fetch.apply(search);
            pages += one.pages();
            results.add(one.body() instanceof List<?> l ? l : List.of());
        }
        List<Object> merged = merge(results, id, time, paging.maxResults());
        return new Pager.Result(merged, pages, merged.size(), null, null, null);
    }

    /**
     * @param results    the items of each search
     * @param id         reads an item's id
     * @param time       reads an item's timestamp (ISO-8601 text or a temporal); items without one go last
     * @param maxResults the most items to keep, 0 for all
     */
    public static List<Object> merge(List<? extends List<?>> results, Function<Object, Object> id,
                                     Function<Object, Object> time, int maxResults) {
        Map<Object, Object> byId = new LinkedHashMap<>();
        for (List<?> items : results) {
            for (Object item : items) {
                byId.putIfAbsent(id.apply(item), item);
            }
        }
        List<Object> merged = new ArrayList<>(byId.values());
        merged.sort(Comparator.comparing((Object item) -> instant(time.apply(item)),
                Comparator.nullsLast(Comparator.reverseOrder())));
        return maxResults > 0 && merged.size() > maxResults ? new ArrayList<>(merged.subList(0, maxResults)) : merged;
    }

    /** The instant of a timestamp (offsets differ between items); null when there is none or it does not parse. */
    private static Instant instant(Object value) {
        try {
            if (value instanceof TemporalAccessor t) {
                return Instant.from(t);
            }
            return value == null ? null : OffsetDateTime.parse(value.toString()).toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
