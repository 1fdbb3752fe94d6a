package dev.emailsecurity.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultConsumer;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * "Fetch one page of search results and deliver its N items", six ways, against the same {@link PageServer}. Each
 * operation is one page; the consumer drains a chain of {@link PageServer#CHAIN} pages per poll and is reported per
 * page.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {

    static final String TOKEN = "es-bench-token-0123456789abcdef";
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The page server for one page size. */
    @State(Scope.Benchmark)
    public static class Server {
        @Param({"25", "1000"})
        public int size;
        PageServer server;

        @Setup(Level.Trial)
        public void start() throws IOException {
            server = new PageServer(Path.of(System.getProperty("bench.pages", "target/pages")), size);
        }

        @TearDown(Level.Trial)
        public void stop() {
            ThreadCpuProfiler.retireThreads();
            server.close();
        }
    }

    /** Apache HttpClient 5 and the component's Jackson mapper, used directly. */
    @State(Scope.Benchmark)
    public static class Raw {
        CloseableHttpClient client;
        JsonFactory factory;
        ObjectReader itemReader;
        String url;

        @Setup(Level.Trial)
        public void start(Server server) {
            client = HttpClients.createDefault();
            factory = JsonCodec.mapper().getFactory();
            itemReader = JsonCodec.mapper().readerFor(MessageDetails.class);
            url = server.server.searchUrl(server.size);
        }

        @TearDown(Level.Trial)
        public void stop() throws IOException {
            ThreadCpuProfiler.retireThreads();
            client.close();
        }
    }

    /** A Camel context with the component producer and the generic http route. */
    @State(Scope.Benchmark)
    public static class Routes {
        CamelContext camel;
        ProducerTemplate template;
        String producerUri;
        DefaultConsumer itemsConsumer;
        final Sink sink = new Sink();

        @Setup(Level.Trial)
        public void start(Server server) throws Exception {
            camel = new DefaultCamelContext();
            String searchUrl = server.server.searchUrl(server.size);
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:items").routeId("items").process(e -> sink.accept(e.getMessage().getBody()));
                    from("direct:generic")
                            .setHeader("Authorization", constant("Bearer " + TOKEN))
                            .to(searchUrl)
                            .unmarshal().json()
                            .split(simple("${body[result]}"))
                            .process(e -> sink.accept(e.getMessage().getBody()));
                }
            });
            camel.start();
            itemsConsumer = (DefaultConsumer) camel.getRoute("items").getConsumer();
            template = camel.createProducerTemplate();
            producerUri = "email-security:searchMessages?accountId=" + PageServer.ACCOUNT + "&apiToken=" + TOKEN
                          + "&baseUrl=" + server.server.baseUrl() + "&pageSize=" + server.size;
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            ThreadCpuProfiler.retireThreads();
            camel.close();
        }
    }

    /**
     * A Camel context whose route is the polling consumer, draining the cursor chain as fast as it can, one drain per
     * {@link #drain()}: at the end of a drain its thread waits for the next request, so it never works ahead of the
     * benchmark and the CPU an iteration reads is that of the drains it counts.
     */
    @State(Scope.Benchmark)
    public static class Consumer {
        CamelContext camel;
        private final Semaphore requested = new Semaphore(0);
        private final Semaphore drained = new Semaphore(0);
        final Sink sink = new Sink();
        /** AllocationCheck only: the consumer thread's allocation counter at the end of each drain. */
        final BlockingQueue<Long> allocatedAtDrain = new LinkedBlockingQueue<>();
        volatile boolean recordAllocation = !Boolean.getBoolean("bench.jmh");

        @Setup(Level.Trial)
        public void start(Server server) throws Exception {
            long perDrain = (long) server.size * PageServer.CHAIN;
            camel = new DefaultCamelContext();
            String uri = "email-security:searchMessages?accountId=" + PageServer.ACCOUNT + "&apiToken=" + TOKEN
                         + "&baseUrl=" + server.server.chainBaseUrl() + "&pageSize=" + server.size
                         + "&initialDelay=0&delay=0&greedy=true&startFrom=beginning&changeDetection=false&overlap=0";
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).process(e -> {
                        if (sink.accept(e.getMessage().getBody()) % perDrain == 0) {
                            if (recordAllocation) {
                                allocatedAtDrain.offer(THREADS.getCurrentThreadAllocatedBytes());
                            }
                            drained.release();
                            requested.acquireUninterruptibly();
                        }
                    });
                }
            });
            camel.start();
            drained.acquire(); // the first drain starts with the route, unasked
        }

        /** Lets the consumer make one more drain (a poll of the whole chain) and waits for its last exchange. */
        void drain() throws InterruptedException {
            requested.release();
            drained.acquire();
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            ThreadCpuProfiler.retireThreads();
            requested.release(Integer.MAX_VALUE / 2);
            camel.close();
        }
    }

    /** The limit: HttpClient 5 and Jackson streaming, counting the items of {@code result} without binding. */
    @Benchmark
    public int rawBest(Raw raw) throws IOException {
        return fetchPage(raw, JsonParser::skipChildren);
    }

    /** The same, binding each item to the component's MessageDetails with the component's mapper. */
    @Benchmark
    public void rawBind(Raw raw, Blackhole bh) throws IOException {
        fetchPage(raw, p -> bh.consume(raw.itemReader.readValue(p)));
    }

    /**
     * rawBind, delivering each item as one exchange through a one-processor route, the way a Camel polling consumer
     * hands items to its route ({@code createExchange}, {@code getProcessor().process}): the limit for a consumer.
     */
    @Benchmark
    public void rawExchange(Raw raw, Routes routes) throws IOException {
        DefaultConsumer consumer = routes.itemsConsumer;
        fetchPage(raw, p -> {
            Exchange exchange = consumer.createExchange(false);
            exchange.getMessage().setBody(raw.itemReader.readValue(p));
            try {
                consumer.getProcessor().process(exchange);
            } catch (Exception e) {
                throw new IOException(e);
            }
            consumer.releaseExchange(exchange, false);
        });
    }

    /** {@code template.requestBody("email-security:searchMessages?...")}, each item delivered. */
    @Benchmark
    public void producer(Routes routes, Blackhole bh) {
        List<?> items = routes.template.requestBody(routes.producerUri, null, List.class);
        for (Object item : items) {
            bh.consume(item);
        }
    }

    /** What a user writes today: {@code http:} + {@code unmarshal().json()} + {@code split}. */
    @Benchmark
    public void generic(Routes routes) {
        routes.template.sendBody("direct:generic", null);
    }

    /** The polling consumer ({@code delay=0&greedy=true}), per page of its drains. */
    @Benchmark
    @OperationsPerInvocation(PageServer.CHAIN)
    public void consumer(Consumer consumer) throws InterruptedException {
        consumer.drain();
    }

    /** Fetches the page with HttpClient and streams its items through the action; returns the number of items. */
    private static int fetchPage(Raw raw, ItemAction action) throws IOException {
        return raw.client.execute(new HttpGet(raw.url), response -> {
            try (InputStream in = response.getEntity().getContent();
                 JsonParser parser = raw.factory.createParser(in)) {
                return forEachItem(parser, action);
            }
        });
    }

    /** What to do with the parser positioned at the start of one item of {@code result}. */
    @FunctionalInterface
    interface ItemAction {
        void apply(JsonParser parser) throws IOException;
    }

    /** Walks the envelope, applying the action to each item of {@code result}; returns the number of items. */
    private static int forEachItem(JsonParser parser, ItemAction action) throws IOException {
        int count = 0;
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new IOException("not an object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("result".equals(name) && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    action.apply(parser);
                    count++;
                }
            } else {
                parser.skipChildren();
            }
        }
        return count;
    }
}
