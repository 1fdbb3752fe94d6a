package dev.emailsecurity.camel.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;

import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.EmailSecurityEndpoint;
import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityRateLimitException;
import dev.emailsecurity.camel.health.EmailSecurityConsumerHealthCheck;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a list operation: an event stream ({@code searchMessages}, {@code listSubmissions},
 * {@code listPhishguardReports}) with a time watermark, or a settings list as a watch. One exchange per item, oldest
 * first; the checkpoint is saved after each exchange completes, so a crash re-delivers at most the exchange in
 * flight. On 429 polls are skipped until the API's retry time; no thread waits for it.
 */
public class EmailSecurityConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSecurityConsumer.class);

    private final EmailSecurityEndpoint endpoint;
    private final StreamDefinition definition;
    private final StreamReader reader;
    private final ConsumerStats stats = new ConsumerStats();
    private final Clock clock = Clock.systemUTC();
    private EmissionPlanner planner;
    private WindowPlanner windows;
    private StateRepository<String, String> stateRepository;
    /** False when no state repository is configured: the checkpoint then lives in this consumer only. */
    private boolean durableState;
    private String stateKey;
    private volatile Checkpoint checkpoint;
    private HealthCheckRegistry healthCheckRegistry;
    private EmailSecurityConsumerHealthCheck healthCheck;

    public EmailSecurityConsumer(EmailSecurityEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.definition = StreamDefinition.of(endpoint.getOperation());
        if (definition == null) {
            throw new IllegalArgumentException("The operation " + endpoint.getOperation() + " cannot be consumed: "
                                               + "consumers poll searchMessages, listSubmissions, "
                                               + "listPhishguardReports and the settings lists");
        }
        this.reader = new StreamReader(endpoint);
        setMaxMessagesPerPoll(endpoint.getConfiguration().getMaxMessagesPerPoll());
    }

    @Override
    protected void doStart() throws Exception {
        EmailSecurityConfiguration c = endpoint.getConfiguration();
        planner = new EmissionPlanner(definition, c.isChangeDetection(), stats);
        windows = new WindowPlanner(Duration.ofMillis(c.getOverlap()), Duration.ofMillis(c.getChangeWindow()),
                c.isChangeDetection());
        durableState = c.getStateRepository() != null;
        stateRepository = durableState ? c.getStateRepository() : new MemoryStateRepository();
        ServiceHelper.startService(stateRepository);
        stateKey = StateKeys.of(c.getStateKey(), getRouteId(), endpoint);
        String saved = stateRepository.getState(stateKey);
        if (saved != null) {
            checkpoint = CheckpointCodec.decode(saved);
        } else if (definition.kind() == StreamDefinition.Kind.EVENTS) {
            checkpoint = Checkpoint.startingAt(StartPosition.resolve(c.getStartFrom(), clock.instant()));
        } else {
            checkpoint = Checkpoint.startingAt(null);
        }
        if (c.getIdempotentRepository() != null) {
            ServiceHelper.startService(c.getIdempotentRepository());
        }
        // health checks are optional (camel-health): register with the registry when there is one
        healthCheckRegistry = HealthCheckRegistry.get(endpoint.getCamelContext());
        if (healthCheckRegistry != null) {
            healthCheck = new EmailSecurityConsumerHealthCheck(this, getRouteId());
            healthCheck.setCamelContext(endpoint.getCamelContext());
            healthCheckRegistry.register(healthCheck);
        }
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        if (healthCheckRegistry != null && healthCheck != null) {
            healthCheckRegistry.unregister(healthCheck);
            healthCheck = null;
        }
    }

    @Override
    protected int poll() throws Exception {
        Instant now = clock.instant();
        Instant until = stats.rateLimitedUntil();
        if (until != null && now.isBefore(until)) {
            stats.skippedPoll();
            return 0;
        }
        List<Emission> emissions;
        try {
            emissions = plan(now);
            stats.healthy();
        } catch (EmailSecurityRateLimitException e) {
            Instant retryAt = e.getRetryAt() != null ? e.getRetryAt() : now.plusMillis(getDelay());
            stats.rateLimited(retryAt);
            LOG.warn("{} is rate-limited by the API: polls skipped until {}", endpoint.getOperation(), retryAt);
            return 0;
        } catch (EmailSecurityApiException e) {
            if (e.getStatusCode() == 401 || e.getStatusCode() == 403) {
                stats.authFailed(e.getMessage());
            }
            throw e;
        }
        Queue<Object> queue = new ArrayDeque<>();
        int max = getMaxMessagesPerPoll() > 0 ? getMaxMessagesPerPoll() : Integer.MAX_VALUE;
        for (Emission emission : emissions) {
            if (queue.size() >= max) {
                break;
            }
            queue.add(emission);
        }
        return processBatch(queue);
    }

    private List<Emission> plan(Instant now) {
        if (definition.kind() == StreamDefinition.Kind.WATCH) {
            List<?> read = reader.read(null, null);
            if (checkpoint.watermark() == null) {
                checkpoint.markStarted(now);
                if (isStartFromNow()) {
                    for (Object body : read) {
                        Item item = Item.of(definition, body);
                        checkpoint.record(item.id(), item.tracked(true), null);
                    }
                    save();
                    return List.of();
                }
                save();
            }
            return planner.watch(read, checkpoint, endpoint.getOperation().spec().result().itemClass());
        }
        Instant start = windows.start(checkpoint, now);
        checkpoint.forgetOlderThan(start);
        List<?> read = endpoint.getOperation() == EmailSecurityOperation.searchMessages
                ? WindowSplitter.read(start, now, endpoint.getConfiguration().getResultCap(), reader::read)
                : reader.read(start, now);
        return planner.events(read, checkpoint);
    }

    private boolean isStartFromNow() {
        String s = endpoint.getConfiguration().getStartFrom();
        return s == null || s.isBlank() || "now".equalsIgnoreCase(s.trim());
    }

    @Override
    public int processBatch(Queue<Object> emissions) throws Exception {
        int total = emissions.size();
        int done = 0;
        IdempotentRepository idempotent = endpoint.getConfiguration().getIdempotentRepository();
        while (!emissions.isEmpty() && isBatchAllowed()) {
            Emission emission = (Emission) emissions.poll();
            pendingExchanges = emissions.size();
            String version = emission.item().versionHash();
            String key = emission.item().id() + ":" + version
                         + (emission.isDeletion() ? ":deleted" : "");
            if (idempotent != null && idempotent.contains(key)) {
                stats.repeatSuppressed();
                commit(emission);
                continue;
            }
            Exchange exchange = exchangeOf(emission, version, done, total);
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing " + emission.item().id()
                                                      + "; it is polled again next time", exchange,
                        exchange.getException());
                releaseExchange(exchange, false);
                break;
            }
            commit(emission);
            if (idempotent != null) {
                idempotent.add(key);
            }
            stats.emitted(emission.change() != null);
            releaseExchange(exchange, false);
            done++;
        }
        pendingExchanges = 0;
        if (!durableState) {
            save();
        }
        return done;
    }

    private Exchange exchangeOf(Emission emission, String version, int index, int total) {
        Exchange exchange = createExchange(false);
        Item item = emission.item();
        Message in = exchange.getMessage();
        in.setBody(item.body());
        in.setHeader(EmailSecurityConstants.ID, item.id());
        in.setHeader(EmailSecurityConstants.VERSION, version);
        if (item.timestamp() != null) {
            in.setHeader(EmailSecurityConstants.TIMESTAMP, item.timestamp().toString());
        }
        if (emission.change() != null) {
            in.setHeader(EmailSecurityConstants.CHANGE, emission.change());
        }
        exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
        exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
        exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
        return exchange;
    }

    private void commit(Emission emission) {
        Item item = emission.item();
        if (emission.isDeletion()) {
            checkpoint.forget(item.id());
        } else {
            checkpoint.record(item.id(), item.tracked(definition.kind() == StreamDefinition.Kind.WATCH),
                    item.timestamp());
        }
        if (durableState) {
            // the store outlives this JVM: checkpoint after every exchange, so a crash re-delivers at most one
            save();
        }
    }

    private void save() {
        stateRepository.setState(stateKey, CheckpointCodec.encode(checkpoint));
    }

    /** This consumer's figures. */
    public ConsumerStats stats() {
        return stats;
    }

    /** The newest timestamp emitted (event streams), or when the watch took its first snapshot. */
    public Instant watermark() {
        Checkpoint c = checkpoint;
        return c == null ? null : c.watermark();
    }

    /** Requests left in the API's rate-limit window at the last call, or -1 when unknown. */
    public int rateLimitRemaining() {
        return reader.rateLimitRemaining();
    }

    /** API calls made by this consumer. */
    public long apiCalls() {
        return reader.calls();
    }

    public String stateKey() {
        return stateKey;
    }

    @Override
    public EmailSecurityEndpoint getEndpoint() {
        return endpoint;
    }
}
