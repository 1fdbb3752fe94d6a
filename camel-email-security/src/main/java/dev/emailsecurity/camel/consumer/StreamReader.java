package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.OperationSpec;
import dev.emailsecurity.camel.operations.Pager;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.operations.RequestFactory;
import dev.emailsecurity.camel.search.ValueLists;
import dev.emailsecurity.camel.transport.ApiRequest;
import dev.emailsecurity.camel.transport.EmailSecurityClient;
import dev.emailsecurity.camel.transport.ResponseDecoder;

/**
 * Reads the items of a list operation through the endpoint's client: all the pages of one time window (event
 * streams) or of the whole collection (watches). The other API parameters come from the endpoint options, so the
 * search filters are URI options. Each item is seen through the {@link StreamDefinition} (id, timestamp, version
 * hashed) the moment Jackson has bound it, while it is still in the CPU's caches.
 */
final class StreamReader {

    private final StreamEndpoint endpoint;
    private final StreamDefinition definition;
    private volatile boolean digests;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicInteger rateLimitRemaining = new AtomicInteger(-1);

    public StreamReader(StreamEndpoint endpoint, StreamDefinition definition) {
        this.endpoint = endpoint;
        this.definition = definition;
    }

    /** Whether the items read take the digests of their watched values too (change detection, a checkpoint). */
    void takeDigests(boolean digests) {
        this.digests = digests;
    }

    /**
     * The items in [start, end]; both null to read the whole collection. A filter with several values
     * ({@code finalDisposition=MALICIOUS,SPOOF}) makes one search per value: their items come concatenated, and
     * the planner orders them and keeps each id once.
     */
    public List<Item> read(Instant start, Instant end) {
        return read(start, end, 0);
    }

    /** As {@link #read(Instant, Instant)}, with at most {@code maxResults} items per search (0: all of them). */
    public List<Item> read(Instant start, Instant end, int maxResults) {
        List<ParameterSource> searches = ValueLists.searches(endpoint.getOperation().spec(),
                p -> parameter(p, start, end));
        if (searches.size() == 1) {
            return read(searches.get(0), maxResults);
        }
        List<Item> items = new ArrayList<>();
        searches.forEach(search -> items.addAll(read(search, maxResults)));
        return items;
    }

    @SuppressWarnings("unchecked")
    private List<Item> read(ParameterSource parameters, int maxResults) {
        OperationSpec spec = endpoint.getOperation().spec();
        ApiRequest request = RequestFactory.build(endpoint.getOperation(), parameters, null);
        ConsumerConfig c = endpoint.getConfiguration();
        EmailSecurityClient client = endpoint.consumerClient();
        Pager.Result result = Pager.fetch(spec, request, new Pager.Paging(c.getPageSize(), maxResults, true, null, null), r -> {
            calls.incrementAndGet();
            boolean withDigests = digests;
            List<Item> bound = new ArrayList<>();
            EmailSecurityClient.Call call = client.call(r, spec.result(), body -> prepare(body, withDigests, bound));
            if (call.rateLimitRemaining() != null) {
                rateLimitRemaining.set(call.rateLimitRemaining());
            }
            ResponseDecoder.Decoded decoded = call.decoded();
            return new ResponseDecoder.Decoded(items(decoded.result(), bound, withDigests), decoded.resultInfo());
        });
        return result.body() instanceof List<?> l ? (List<Item>) l : List.of();
    }

    /**
     * Prepares an item as Jackson binds it. An item it cannot see (a timestamp that is not one) is left out here, so
     * the page is prepared again after decoding and fails there with its own error, not as a JSON error.
     */
    private void prepare(Object body, boolean withDigests, List<Item> bound) {
        try {
            bound.add(Item.of(definition, body).prepared(withDigests));
        } catch (RuntimeException e) {
            bound.clear();
        }
    }

    /**
     * One page's items (null when the API sent no list): those prepared as Jackson bound them when they are exactly
     * the page's (a retried call or an item nested in another may have added others), else prepared now.
     */
    private List<Item> items(Object page, List<Item> bound, boolean withDigests) {
        if (!(page instanceof List<?> bodies)) {
            return null;
        }
        if (sameBodies(bound, bodies)) {
            return bound;
        }
        List<Item> items = new ArrayList<>(bodies.size());
        for (Object body : bodies) {
            items.add(Item.of(definition, body).prepared(withDigests));
        }
        return items;
    }

    private static boolean sameBodies(List<Item> items, List<?> bodies) {
        if (items.size() != bodies.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).body() != bodies.get(i)) {
                return false;
            }
        }
        return true;
    }

    private Object parameter(ApiParameter p, Instant start, Instant end) {
        if (p == ApiParameter.START && start != null) {
            return start.toString();
        }
        if (p == ApiParameter.END && end != null) {
            return end.toString();
        }
        if (p == ApiParameter.PAGE || p == ApiParameter.CURSOR || p == ApiParameter.PER_PAGE) {
            return null;
        }
        return endpoint.optionValue(p);
    }

    /** API calls made so far. */
    public long calls() {
        return calls.get();
    }

    /** Requests left in the rate-limit window at the last call, or -1 when the API did not say. */
    public int rateLimitRemaining() {
        return rateLimitRemaining.get();
    }
}
