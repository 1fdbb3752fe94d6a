package dev.emailsecurity.camel.actions;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.emailsecurity.camel.EmailSecurityConstants;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Completes an exchange waiting for a bulk job, exactly once: with the job's result, with the error that stopped the
 * wait, or, when the producer stops first, with an error saying the job keeps running.
 */
final class BulkJobCompletion implements BulkJobWaiter.Outcome {

    private final Exchange exchange;
    private final AsyncCallback callback;
    private final String jobId;
    private final Set<BulkJobCompletion> pending;
    private final AtomicBoolean done = new AtomicBoolean();

    BulkJobCompletion(Exchange exchange, AsyncCallback callback, String jobId, Set<BulkJobCompletion> pending) {
        this.exchange = exchange;
        this.callback = callback;
        this.jobId = jobId;
        this.pending = pending;
        pending.add(this);
    }

    @Override
    public void completed(BulkJobResult result) {
        if (claim()) {
            exchange.getMessage().setBody(result);
            ActionHeaders.write(exchange.getMessage(), result.getJob(), result.isTimedOut());
            exchange.getMessage().setHeader(EmailSecurityConstants.RESULT_COUNT, result.getMessages().size());
            callback.done(false);
        }
    }

    @Override
    public void failed(Exception error) {
        if (claim()) {
            exchange.setException(error);
            callback.done(false);
        }
    }

    /** The producer is stopping: end the wait now; the job itself is left running. */
    void abandon() {
        failed(new IllegalStateException("The email-security producer stopped while waiting for bulk job " + jobId
                                         + "; the job keeps running (follow it with getBulkJob, stop it with "
                                         + "cancelBulkJob)"));
    }

    private boolean claim() {
        if (!done.compareAndSet(false, true)) {
            return false;
        }
        pending.remove(this);
        return true;
    }
}
