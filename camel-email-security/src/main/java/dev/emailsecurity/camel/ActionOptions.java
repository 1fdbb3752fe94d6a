package dev.emailsecurity.camel;

import dev.emailsecurity.camel.actions.ActionConfig;
import dev.emailsecurity.camel.operations.ParameterValues;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of the actions on mail (moveMessage, moveMessages, releaseMessages, reclassifyMessage, createBulkJob):
 * dry run, blast-radius cap, disposition guard, batching and waiting for bulk jobs. Part of
 * {@link EmailSecurityConfiguration}.
 */
@UriParams
public abstract class ActionOptions extends ApiParameterOptions implements ActionConfig {

    @UriParam(label = "producer,action", defaultValue = "false")
    private boolean dryRun;
    @UriParam(label = "producer,action", defaultValue = "0")
    private int maxMessagesPerAction;
    @UriParam(label = "producer,action", enums = ParameterValues.DISPOSITION_LABELS)
    private String expectedDisposition;
    @UriParam(label = "producer,action", enums = ParameterValues.MAILBOX_DESTINATIONS)
    private String destination;
    @UriParam(label = "producer,action", defaultValue = "false")
    private boolean failOnPartialFailure;
    @UriParam(label = "producer,action", defaultValue = "100")
    private int actionBatchSize = 100;
    @UriParam(label = "producer,action", defaultValue = "false")
    private boolean waitForCompletion;
    @UriParam(label = "producer,action", defaultValue = "600000", javaType = "java.time.Duration")
    private long jobTimeout = 600_000;
    @UriParam(label = "producer,action", defaultValue = "5000", javaType = "java.time.Duration")
    private long jobPollInterval = 5_000;

    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * Actions on mail (moveMessage, moveMessages, releaseMessages, reclassifyMessage, createBulkJob): resolve the
     * targets and return what would be done (the body lists every message and the call it would be in) without making
     * any call that changes mail. For createBulkJob the messages its search parameters match are listed. The header
     * CamelEmailSecurityDryRun overrides it per message.
     */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public int getMaxMessagesPerAction() {
        return maxMessagesPerAction;
    }

    /**
     * Actions on mail: the most messages one exchange may act on (the blast-radius cap). A larger target set is refused
     * with an exception before any call is made. 0 means no cap.
     */
    public void setMaxMessagesPerAction(int maxMessagesPerAction) {
        this.maxMessagesPerAction = maxMessagesPerAction;
    }

    public String getExpectedDisposition() {
        return expectedDisposition;
    }

    /**
     * Actions on mail: the disposition the messages are expected to have. moveMessage, moveMessages and createBulkJob
     * send it to the API, which skips (and reports per message) any message whose disposition changed meanwhile. For
     * reclassifyMessage it is the disposition requested. releaseMessages cannot carry it (the API's release takes only
     * ids), so setting it there is refused. The header CamelEmailSecurityExpectedDisposition overrides it.
     */
    public void setExpectedDisposition(String expectedDisposition) {
        this.expectedDisposition = expectedDisposition;
    }

    public String getDestination() {
        return destination;
    }

    /**
     * moveMessage, moveMessages and createBulkJob (MOVE): the mailbox folder to move the messages to. The header
     * CamelEmailSecurityDestination, or the destination of a MoveRequest body, overrides it.
     */
    public void setDestination(String destination) {
        this.destination = destination;
    }

    public boolean isFailOnPartialFailure() {
        return failOnPartialFailure;
    }

    /**
     * Actions on mail: when some messages or recipients fail (or are skipped by the disposition guard), throw an
     * EmailSecurityPartialFailureException that carries the per-message and per-recipient report, instead of returning
     * the report as the body.
     */
    public void setFailOnPartialFailure(boolean failOnPartialFailure) {
        this.failOnPartialFailure = failOnPartialFailure;
    }

    public int getActionBatchSize() {
        return actionBatchSize;
    }

    /**
     * moveMessages and releaseMessages: the most ids sent in one API call; larger target sets are split into batches of
     * this size, one call per batch. The API does not document its limit; 100 is the limit the component assumes (and
     * the emulator enforces), and the maximum accepted here.
     */
    public void setActionBatchSize(int actionBatchSize) {
        this.actionBatchSize = actionBatchSize;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    /**
     * createBulkJob: follow the job until it ends (COMPLETED, FAILED, CANCELLED or SKIPPED) and return it with its
     * messages. No thread is held while waiting: the producer is asynchronous and polls on a scheduler.
     */
    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public long getJobTimeout() {
        return jobTimeout;
    }

    /**
     * createBulkJob with waitForCompletion: how long to wait for the job to end. When it has not ended by then, the job
     * is cancelled and reported as cancelled (header CamelEmailSecurityBulkJobTimedOut).
     */
    public void setJobTimeout(long jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public long getJobPollInterval() {
        return jobPollInterval;
    }

    /**
     * createBulkJob with waitForCompletion: how often to ask for the job's status.
     */
    public void setJobPollInterval(long jobPollInterval) {
        this.jobPollInterval = jobPollInterval;
    }
}
