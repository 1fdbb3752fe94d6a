package dev.emailsecurity.camel;

import dev.emailsecurity.camel.consumer.ConsumerConfig;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of the consumer: where it starts, the overlap and change windows, change detection, failed items, and
 * where its checkpoint is kept. Part of {@link EmailSecurityConfiguration}.
 */
@UriParams
public abstract class ConsumerOptions extends ActionOptions implements ConsumerConfig {

    @UriParam(label = "consumer", defaultValue = "now")
    private String startFrom = "now";
    @UriParam(label = "consumer", defaultValue = "120000", javaType = "java.time.Duration")
    private long overlap = 120_000;
    @UriParam(label = "consumer", defaultValue = "true")
    private boolean changeDetection = true;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean skipFailedItems;
    @UriParam(label = "consumer", defaultValue = "86400000", javaType = "java.time.Duration")
    private long changeWindow = 86_400_000;
    @UriParam(label = "consumer")
    private int resultCap;
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private String stateKey;
    @UriParam(label = "consumer")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxWindowItems;

    public String getStartFrom() {
        return startFrom;
    }

    /**
     * Consumer (event streams): where a consumer without a checkpoint starts: `now` (only items from now on),
     * `beginning` (everything the API still holds), an ISO-8601 instant such as `2026-01-01T00:00:00Z`, or an ISO-8601
     * duration back from now such as `P1D`. Ignored once a checkpoint exists in the state repository.
     */
    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public long getOverlap() {
        return overlap;
    }

    /**
     * Consumer (event streams): each poll starts this long before the watermark, so that items the API indexes late
     * are still seen; repeats in the overlap are dropped by id.
     */
    public void setOverlap(long overlap) {
        this.overlap = overlap;
    }

    public boolean isChangeDetection() {
        return changeDetection;
    }

    /**
     * Consumer: emit an item again, with the CamelEmailSecurityChange header, when it changes after it was emitted
     * (a message's disposition, quarantine state or post-delivery operations; a submission's status or outcome; a
     * PhishGuard report's updated_at).
     */
    public void setChangeDetection(boolean changeDetection) {
        this.changeDetection = changeDetection;
    }

    public boolean isSkipFailedItems() {
        return skipFailedItems;
    }

    /**
     * Consumer: when the route fails on an item, count it as done and go on with the next one (the failure still goes
     * to the consumer's exception handler, and the item is not polled again). By default the poll stops at the failed
     * item, which comes again on the next poll and holds the items after it back until it succeeds.
     */
    public void setSkipFailedItems(boolean skipFailedItems) {
        this.skipFailedItems = skipFailedItems;
    }

    public long getChangeWindow() {
        return changeWindow;
    }

    /**
     * Consumer (event streams, with changeDetection): how long after its timestamp an item is still watched for
     * changes. Every poll re-reads this window.
     */
    public void setChangeWindow(long changeWindow) {
        this.changeWindow = changeWindow;
    }

    public int getResultCap() {
        return resultCap;
    }

    /**
     * Consumer (searchMessages): the most results the API returns for one search. A window that returns this many is
     * split in halves until each half fits. 0 means the API has no cap.
     */
    public void setResultCap(int resultCap) {
        this.resultCap = resultCap;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Consumer: where the checkpoint (watermark, ids at the boundary, versions of emitted items, the settings
     * snapshot) is kept: written whole when a batch starts and ends, and a short progress record after each exchange
     * completes. Use a FileStateRepository for one node, a shared store for a cluster. Without one the checkpoint
     * lives in the consumer: a route restart continues from it, a new JVM starts again from startFrom.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /**
     * Consumer: the key of this consumer's checkpoint in the state repository. Defaults to the route id and the
     * endpoint URI, so that two endpoints never share a checkpoint.
     */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Consumer: an idempotent repository for (id, version) keys; an exchange whose key it already holds is not
     * emitted again. For users who want de-duplication across consumers or beyond the checkpoint.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * Consumer: the most exchanges one poll emits (oldest first); the rest follow on the next polls. 0 means no limit.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getMaxWindowItems() {
        return maxWindowItems;
    }

    /**
     * Consumer (searchMessages, listSubmissions, listPhishguardReports): the most items one poll reads into memory.
     * A poll reads the oldest part of the backlog that holds at most this many items (narrowing or widening its time
     * window as it goes), emits it, and the next poll continues from there, so memory is bounded by this many items
     * whatever the backlog; use greedy=true to drain a backlog without waiting delay between its windows. 0 reads the
     * whole window since the last poll at once.
     */
    public void setMaxWindowItems(int maxWindowItems) {
        this.maxWindowItems = maxWindowItems;
    }
}
