package dev.emailsecurity.camel.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityRateLimitException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls a list operation: an event stream ({@code searchMessages}, {@code listSubmissions},
 * {@code listPhishguardReports}) with a time watermark, or a settings list as a watch. One exchange per item, oldest
 * first; with a state repository, the progress is saved after each exchange completes ({@link CheckpointStore}), so
 * a crash re-delivers at most the exchange in flight. On 429 polls are skipped until the API's retry time; no thread
 * waits for it.
 */
public class EmailSecurityConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSecurityConsumer.class);

    private final StreamEndpoint endpoint;
    private final StreamDefinition definition;
    private final StreamReader reader;
    private final ConsumerStats stats = new ConsumerStats();
    private final Clock clock = Clock.systemUTC();
    private EmissionPlanner planner;
    private WindowPlanner windows;
    private BoundedWindow bounded;
    private CheckpointStore store;
    private String stateKey;
    /** Whether the checkpoint keeps the digests of watched values: only change detection and a store read them. */
    private boolean keepDigests;
    private volatile Checkpoint checkpoint;
    private HealthCheckRegistry healthCheckRegistry;
    private EmailSecurityConsumerHealthCheck healthCheck;

    public EmailSecurityConsumer(StreamEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.definition = StreamDefinition.of(endpoint.getOperation());
        if (definition == null) {
            throw new IllegalArgumentException("The operation " + endpoint.getOperation() + " cannot be consumed: "
                                               + "consumers poll searchMessages, listSubmissions, "
                                               + "listPhishguardReports and the settings lists");
        }
        this.reader = new StreamReader(endpoint, definition);
        setMaxMessagesPerPoll(endpoint.getConfiguration().getMaxMessagesPerPoll());
    }

    @Override
    protected void doStart() throws Exception {
        ConsumerConfig c = endpoint.getConfiguration();
        planner = new EmissionPlanner(definition, c.isChangeDetection(), stats);
        windows = new WindowPlanner(Duration.ofMillis(c.getOverlap()), Duration.ofMillis(c.getChangeWindow()),
                c.isChangeDetection());
        bounded = c.getMaxWindowItems() > 0 && definition.kind() == StreamDefinition.Kind.EVENTS
                ? new BoundedWindow(c.getMaxWindowItems(), item -> ((Item) item).timestamp()) : null;
        stateKey = StateKeys.of(c.getStateKey(), getRouteId(), endpoint);
        warnIfTheStateKeyMayChange(c);
        if (c.getStateRepository() != null) {
            ServiceHelper.startService(c.getStateRepository());
        }
        store = new CheckpointStore(c.getStateRepository(), stateKey);
        keepDigests = definition.kind() == StreamDefinition.Kind.WATCH || c.isChangeDetection() || store.isDurable();
        reader.takeDigests(keepDigests);
        Checkpoint saved = store.load();
        if (saved != null) {
            checkpoint = saved;
            LOG.info(StartReport.resumed(endpoint.getOperation(), stateKey, checkpoint, true));
        } else if (!store.isDurable() && checkpoint != null) {
            LOG.info(StartReport.resumed(endpoint.getOperation(), stateKey, checkpoint, false));
        } else {
            checkpoint = Checkpoint.startingAt(definition.kind() == StreamDefinition.Kind.EVENTS
                    ? StartPosition.resolve(c.getStartFrom(), clock.instant()) : null);
            LOG.info(StartReport.started(endpoint.getOperation(), stateKey, c.getStartFrom(), checkpoint,
                    store.isDurable()));
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

    /** A default key contains the route id: one Camel generated may differ after a restart, losing the checkpoint. */
    private void warnIfTheStateKeyMayChange(ConsumerConfig c) {
        Route route = getRoute();
        boolean keyed = c.getStateKey() != null && !c.getStateKey().isBlank();
        if (c.getStateRepository() == null || keyed || route == null
            || route.isCustomId() && !route.isCreatedByKamelet()) {
            return;
        }
        LOG.warn("The checkpoint of route {} is kept under {}, whose route id Camel generated{}: after a restart the "
                 + "route may get another id and not find its checkpoint. Set stateKey, or give the route an id.",
                route.getRouteId(), stateKey, route.isCreatedByKamelet() ? " (numbered per Kamelet)" : "");
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
            List<Item> read = reader.read(null, null);
            if (checkpoint.watermark() == null) {
                checkpoint.markStarted(now);
                if (isStartFromNow()) {
                    for (Item item : read) {
                        checkpoint.record(item.id(), item.tracked(true, true), null);
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
        List<Item> read;
        if (bounded != null) {
            read = items(bounded.read(start, now, reader::read).items());
        } else if (definition.splitsWindows()) {
            read = items(WindowSplitter.read(start, now, endpoint.getConfiguration().getResultCap(), reader::read));
        } else {
            read = reader.read(start, now);
        }
        return planner.events(read, checkpoint);
    }

    /** The items {@link StreamReader} read, through the window readers that keep them as plain lists. */
    @SuppressWarnings("unchecked")
    private static List<Item> items(List<?> read) {
        return (List<Item>) read;
    }

    private boolean isStartFromNow() {
        String s = endpoint.getConfiguration().getStartFrom();
        return s == null || s.isBlank() || "now".equalsIgnoreCase(s.trim());
    }

    @Override
    public int processBatch(Queue<Object> queue) throws Exception {
        if (queue.isEmpty()) {
            return 0;
        }
        List<Emission> batch = new ArrayList<>(queue.size());
        List<Checkpoint.Commit> commits = new ArrayList<>(queue.size());
        for (Object queued : queue) {
            Emission emission = (Emission) queued;
            batch.add(emission);
            commits.add(commitOf(emission));
        }
        store.beginBatch(checkpoint, commits);
        IdempotentRepository idempotent = endpoint.getConfiguration().getIdempotentRepository();
        // the batch headers count only the exchanges sent: repeats the idempotent repository suppresses are not
        String[] keys = new String[batch.size()];
        boolean[] repeats = new boolean[batch.size()];
        int toSend = batch.size();
        if (idempotent != null) {
            for (int i = 0; i < batch.size(); i++) {
                Emission emission = batch.get(i);
                keys[i] = idempotentKey(emission, emission.item().versionHash());
                repeats[i] = idempotent.contains(keys[i]);
                toSend -= repeats[i] ? 1 : 0;
            }
        }
        int made = 0;
        int done = 0;
        int skipped = 0;
        boolean skipFailed = endpoint.getConfiguration().isSkipFailedItems();
        try {
            for (int i = 0; i < batch.size(); i++) {
                Emission emission = batch.get(i);
                if (!isBatchAllowed()) {
                    break;
                }
                pendingExchanges = batch.size() - made - 1;
                String version = emission.item().versionHash();
                String key = keys[i];
                if (repeats[i]) {
                    stats.repeatSuppressed();
                } else if (emit(emission, version, done, toSend - skipped)) {
                    // a skipped item left the batch one exchange short: later exchanges carry the smaller size, so
                    // the last one still completes it (an aggregator's completionFromBatchConsumer counts arrivals)
                    if (key != null) {
                        idempotent.add(key);
                    }
                    stats.emitted(emission.change() != null);
                    done++;
                } else if (skipFailed) {
                    stats.failedItemSkipped();
                    skipped++;
                } else {
                    break;
                }
                checkpoint.apply(commits.get(made++));
                store.made(made);
            }
        } finally {
            pendingExchanges = 0;
            store.endBatch(checkpoint);
        }
        return done;
    }

    /** Sends one exchange through the route; false when it failed. */
    private boolean emit(Emission emission, String version, int index, Integer batchSize) {
        Exchange exchange = exchangeOf(emission, version, index, batchSize);
        try {
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        boolean ok = exchange.getException() == null;
        if (!ok) {
            getExceptionHandler().handleException("Error processing " + emission.item().id()
                                                  + (endpoint.getConfiguration().isSkipFailedItems()
                                                          ? "; skipped (skipFailedItems)"
                                                          : "; it is polled again next time"),
                    exchange, exchange.getException());
        }
        releaseExchange(exchange, false);
        return ok;
    }

    private Checkpoint.Commit commitOf(Emission emission) {
        Item item = emission.item();
        return new Checkpoint.Commit(item.id(), emission.isDeletion()
                ? null : item.tracked(definition.kind() == StreamDefinition.Kind.WATCH, keepDigests));
    }

    private static String idempotentKey(Emission emission, String version) {
        return emission.item().id() + ":" + version + (emission.isDeletion() ? ":deleted" : "");
    }

    private Exchange exchangeOf(Emission emission, String version, int index, Integer total) {
        Exchange exchange = createExchange(false);
        Item item = emission.item();
        Message in = exchange.getMessage();
        in.setBody(item.body());
        in.setHeader(EmailSecurityConstants.ID, item.id());
        in.setHeader(EmailSecurityConstants.VERSION, version);
        if (item.timestampText() != null) {
            in.setHeader(EmailSecurityConstants.TIMESTAMP, item.timestampText());
        }
        if (emission.change() != null) {
            in.setHeader(EmailSecurityConstants.CHANGE, emission.change());
        }
        exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
        exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
        exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
        return exchange;
    }

    private void save() {
        store.save(checkpoint);
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
    public StreamEndpoint getEndpoint() {
        return endpoint;
    }
}
