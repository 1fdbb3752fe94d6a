package dev.emailsecurity.emulator;

import dev.emailsecurity.emulator.api.RouteTable;
import dev.emailsecurity.emulator.contract.ContractCheck;
import dev.emailsecurity.emulator.contract.SpecDocument;
import dev.emailsecurity.emulator.contract.SwaggerContractCheck;
import dev.emailsecurity.emulator.http.ApiHandler;
import dev.emailsecurity.emulator.http.AuthGuard;
import dev.emailsecurity.emulator.http.RateLimiter;
import dev.emailsecurity.emulator.http.TcpNoDelay;
import dev.emailsecurity.emulator.render.MessageRenderer;
import dev.emailsecurity.emulator.routes.Routes;
import dev.emailsecurity.emulator.store.Backend;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful fake of the Cloudflare Email Security REST API v4 on {@code 127.0.0.1}.
 *
 * <pre>{@code
 * try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(7).build().start()) {
 *     String url = emulator.baseUrl() + "/accounts/" + emulator.accountId() + "/email-security/investigate";
 *     // Authorization: Bearer emulator.writeToken()
 * }
 * }</pre>
 *
 * A wrong account id in the path answers 403 (code 9109) with the error envelope.
 */
public final class EmailSecurityEmulator implements AutoCloseable {

    /** The default account id, the one the SDK examples use. */
    public static final String DEFAULT_ACCOUNT_ID = "023e105f4ecef8ad9ca31a8372d0c353";

    static {
        TcpNoDelay.requestBeforeTheFirstServer();
    }

    private final Builder config;
    private final Backend backend;
    private final RateLimiter rateLimiter;
    private final Faults faults = new Faults();
    private final CallRecorder recorder;
    private final EmulatorState state;
    private volatile ContractCheck contract;
    private HttpServer server;
    private ExecutorService executor;
    private LiveTicker ticker;

    private EmailSecurityEmulator(Builder b) {
        this.config = b;
        Clock clock = b.clock;
        this.backend = new Backend(clock, new Backend.Defaults(b.seed, b.messageCount, b.resultCap, false, 100,
                b.bulkJobStep));
        this.rateLimiter = new RateLimiter(clock, b.budget, b.window);
        this.state = new EmulatorState(backend);
        this.recorder = new CallRecorder(b.keepCalls);
    }

    /** @return a new builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds 127.0.0.1 and starts serving (and the live ticker, if configured).
     *
     * @return this emulator
     */
    public synchronized EmailSecurityEmulator start() {
        if (server != null) {
            return this;
        }
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port);
            if (config.sslContext != null) {
                com.sun.net.httpserver.HttpsServer https = com.sun.net.httpserver.HttpsServer.create(address, 128);
                https.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(config.sslContext));
                server = https;
            } else {
                server = HttpServer.create(address, 128);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + config.port, e);
        }
        RouteTable routes = Routes.of(backend);
        executor = Executors.newFixedThreadPool(16, daemon("email-security-emulator"));
        server.setExecutor(executor);
        server.createContext("/", new ApiHandler(backend, routes, rateLimiter, faults.plan(), recorder, this::contract,
                this::baseUrl, config.accountId));
        server.createContext(InspectionHandler.CONTEXT, new InspectionHandler(recorder, config.validate));
        server.start();
        if (config.liveInterval != null) {
            ticker = LiveTicker.start(backend.clock, config.liveInterval, () -> backend.liveTick(config.liveBatch),
                    daemon("email-security-emulator-live"));
        }
        return this;
    }

    private ContractCheck contract() {
        if (!config.validate) {
            return ContractCheck.NONE;
        }
        ContractCheck c = contract;
        if (c == null) {
            synchronized (this) {
                if (contract == null) {
                    contract = SwaggerContractCheck.create();
                }
                c = contract;
            }
        }
        return c;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Stops live mode: no message is added after this returns (a tick under way completes first); the server keeps
     * serving. Does nothing when live mode is off.
     */
    public synchronized void stopLive() {
        if (ticker != null) {
            ticker.stop();
            ticker = null;
        }
    }

    /** Stops the server and the live ticker. */
    @Override
    public synchronized void close() {
        stopLive();
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    /** @return the bound port */
    public int port() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress().getPort();
    }

    /** @return {@code http://127.0.0.1:<port>/client/v4} ({@code https} when built with {@link Builder#https}) */
    public String baseUrl() {
        return (config.sslContext != null ? "https" : "http") + "://127.0.0.1:" + port() + ApiHandler.PREFIX;
    }

    /**
     * @return the clock everything in the emulator reads time from ({@link Builder#clock(Clock)}, by default the
     *         system clock in UTC)
     */
    public Clock clock() {
        return backend.clock;
    }

    /** @return the account id the emulator serves */
    public String accountId() {
        return config.accountId;
    }

    /** @return a bearer token with read and write scope */
    public String writeToken() {
        return AuthGuard.WRITE_TOKEN;
    }

    /** @return a bearer token with read scope only (mutating calls get 403) */
    public String readToken() {
        return AuthGuard.READ_TOKEN;
    }

    /** @return the legacy global API key (write scope, with {@link #apiEmail()}) */
    public String apiKey() {
        return AuthGuard.API_KEY;
    }

    /** @return the e-mail that goes with {@link #apiKey()} in {@code X-Auth-Email} */
    public String apiEmail() {
        return AuthGuard.API_EMAIL;
    }

    /**
     * @return the calls received since the last reset/clear, oldest first: all of them, or the last
     *         {@link Builder#recordCalls(int)} when bounded
     */
    public List<RecordedCall> calls() {
        return recorder.calls();
    }

    /**
     * @param operationId an OpenAPI operationId
     * @return how many calls of that operation were received since the last reset/clear (counted even when
     *         {@link #calls()} no longer holds them)
     */
    public long callCount(String operationId) {
        return recorder.count(operationId);
    }

    /** @return the number of calls received since the last reset/clear */
    public int totalCalls() {
        return Math.toIntExact(recorder.total());
    }

    /** Forgets the recorded calls, their counts and the contract violations. */
    public void clearCalls() {
        recorder.clear();
    }

    /** @return request and response problems found by the OpenAPI check (empty when validation is off) */
    public List<String> contractViolations() {
        return recorder.violations();
    }

    /**
     * The OpenAPI document the emulator validates against: the July 2026 extract with its addendum, widened by the
     * newest SDK's changes (docs/reference/API-CHANGES.md).
     *
     * @return the document as JSON text
     */
    public static String openApiDocument() {
        return SpecDocument.get().text();
    }

    /**
     * Calls the listener with each contract violation as it is found (the standalone emulator prints them).
     *
     * @param listener called on the serving thread with one line per violation
     */
    public void onContractViolation(java.util.function.Consumer<String> listener) {
        recorder.onViolation(listener);
    }

    /** Throws an {@link AssertionError} listing every contract violation, if any. */
    public void assertNoContractViolations() {
        List<String> v = contractViolations();
        if (!v.isEmpty()) {
            throw new AssertionError(v.size() + " OpenAPI contract violation(s):\n  " + String.join("\n  ", v));
        }
    }

    /** @return the state inspection and manipulation API */
    public EmulatorState state() {
        return state;
    }

    /** @return the fault injection API */
    public Faults faults() {
        return faults;
    }

    /**
     * Caps how many results one search window returns over all its pages (0 = no cap).
     *
     * @param cap the cap
     */
    public void setResultCap(int cap) {
        synchronized (backend) {
            backend.resultCap = cap;
        }
    }

    /**
     * When on, a new search answers 202 with a {@code Location} to poll; the first poll answers 202 again, the
     * second 200 with the first page.
     *
     * @param async whether searches run "long"
     */
    public void setAsyncSearch(boolean async) {
        synchronized (backend) {
            backend.asyncSearch = async;
        }
    }

    /**
     * Changes the request budget per credential and its window (clears the budgets spent so far).
     *
     * @param budget requests per window
     * @param window the window length
     */
    public void setRateLimit(int budget, Duration window) {
        rateLimiter.configure(budget, window);
    }

    /**
     * The most ids one move/release call may carry; more answers 400.
     *
     * @param max the maximum, default 100
     */
    public void setMaxIdsPerAction(int max) {
        synchronized (backend) {
            backend.maxIdsPerAction = max;
        }
    }

    /**
     * How long a bulk job spends in each of PENDING, DISCOVERING and PROCESSING.
     *
     * @param step the step, default 200 ms
     */
    public void setBulkJobStep(Duration step) {
        synchronized (backend) {
            backend.bulkJobs.setStep(step);
        }
    }

    /**
     * Hears every message added after seeding (live mode, {@code state().addMessages}), as the API's MessageDetails
     * maps, in the thread that adds them and while the state is locked: the listener must only hand them on.
     * Replaces the previous listener. The Logpush job ({@code dev.emailsecurity.emulator.logpush}) uses it.
     */
    public void onNewMessages(java.util.function.Consumer<List<Map<String, Object>>> listener) {
        java.util.Objects.requireNonNull(listener, "listener");
        backend.newMessages = added -> listener.accept(added.stream().map(MessageRenderer::details).toList());
    }

    /** Back to the seeded state and the builder's settings; calls, violations, faults and budgets cleared. */
    public void reset() {
        backend.reset();
        recorder.clear();
        faults.clear();
        rateLimiter.configure(config.budget, config.window);
    }

    /** Builder; every option has a default. */
    public static final class Builder {
        private int port;
        private long seed = 42;
        private int messageCount = 200;
        private String accountId = DEFAULT_ACCOUNT_ID;
        private int resultCap;
        private int budget = 1200;
        private Duration window = Duration.ofMinutes(5);
        private boolean validate;
        private Duration liveInterval;
        private int liveBatch;
        private Duration bulkJobStep = Duration.ofMillis(200);
        private javax.net.ssl.SSLContext sslContext;
        private Clock clock = Clock.systemUTC();
        private int keepCalls = Integer.MAX_VALUE;

        private Builder() {
        }

        /**
         * How many calls {@link #calls()} keeps whole (request and response bodies included): the last
         * {@code last}; older ones are only counted ({@link #callCount(String)}, {@link #totalCalls()}). Tests keep
         * every call (the default); the standalone main keeps the last 100 ({@code --record N}), since a long run
         * would otherwise hold every response body it ever sent.
         *
         * @param last calls kept, 0 to keep none (counts only); default all
         * @return this builder
         */
        public Builder recordCalls(int last) {
            if (last < 0) {
                throw new IllegalArgumentException("recordCalls must be 0 or more, was " + last);
            }
            this.keepCalls = last;
            return this;
        }

        /**
         * @param port the port, 0 (default) for a random free one
         * @return this builder
         */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /**
         * @param seed the seed of the generated data (default 42)
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * @param count seeded messages over the last 30 days, the newest a few minutes old (default 200)
         * @return this builder
         */
        public Builder messageCount(int count) {
            this.messageCount = count;
            return this;
        }

        /**
         * @param accountId the account id served (default {@value EmailSecurityEmulator#DEFAULT_ACCOUNT_ID})
         * @return this builder
         */
        public Builder accountId(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * @param cap most results per search window, 0 = no cap (default)
         * @return this builder
         */
        public Builder resultCap(int cap) {
            this.resultCap = cap;
            return this;
        }

        /**
         * @param budget requests per window and credential (default 1200)
         * @param window the window (default 5 minutes)
         * @return this builder
         */
        public Builder rateLimit(int budget, Duration window) {
            this.budget = budget;
            this.window = window;
            return this;
        }

        /**
         * @param validate check every request and response against the OpenAPI (default false)
         * @return this builder
         */
        public Builder validateAgainstSpec(boolean validate) {
            this.validate = validate;
            return this;
        }

        /**
         * Live mode: every interval, add messages, re-classify an old one and resolve a pending submission.
         *
         * @param interval the tick interval
         * @param messagesPerTick new messages per tick
         * @return this builder
         */
        public Builder live(Duration interval, int messagesPerTick) {
            this.liveInterval = interval;
            this.liveBatch = messagesPerTick;
            return this;
        }

        /**
         * Serves HTTPS with the given server context (its key manager holds the certificate) instead of HTTP.
         *
         * @param serverContext the server's TLS context
         * @return this builder
         */
        public Builder https(javax.net.ssl.SSLContext serverContext) {
            this.sslContext = serverContext;
            return this;
        }

        /**
         * @param step time a bulk job spends in each non-terminal status (default 200 ms)
         * @return this builder
         */
        public Builder bulkJobStep(Duration step) {
            this.bulkJobStep = step;
            return this;
        }

        /**
         * The clock the emulator reads time from: seeding ("the last 30 days"), timestamps, the action log,
         * bulk-job steps, rate-limit windows and live mode. With a {@link ManualClock} nothing happens over time
         * until the test advances it; with any other clock (e.g. {@link Clock#offset}) live ticks are scheduled in
         * real time and stamped with the clock's instant.
         *
         * @param clock the clock (default {@link Clock#systemUTC()})
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = java.util.Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** @return a new, not yet started emulator */
        public EmailSecurityEmulator build() {
            return new EmailSecurityEmulator(this);
        }
    }
}
