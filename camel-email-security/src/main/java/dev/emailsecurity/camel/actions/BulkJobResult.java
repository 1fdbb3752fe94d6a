package dev.emailsecurity.camel.actions;

import java.util.List;

import dev.emailsecurity.camel.model.BulkActionMessageDetail;
import dev.emailsecurity.camel.model.BulkJobDetail;

/** The body of createBulkJob with waitForCompletion: the job in its final state and the messages it acted on. */
public final class BulkJobResult {

    private final BulkJobDetail job;
    private final List<BulkActionMessageDetail> messages;
    private final boolean timedOut;

    public BulkJobResult(BulkJobDetail job, List<BulkActionMessageDetail> messages, boolean timedOut) {
        this.job = job;
        this.messages = List.copyOf(messages);
        this.timedOut = timedOut;
    }

    /** The job as last read (a terminal status). */
    public BulkJobDetail getJob() {
        return job;
    }

    /** The job's messages, one per message and recipient, all pages. */
    public List<BulkActionMessageDetail> getMessages() {
        return messages;
    }

    /** True when the job did not end within jobTimeout and was cancelled. */
    public boolean isTimedOut() {
        return timedOut;
    }

    /** The job's status (COMPLETED, FAILED, CANCELLED or SKIPPED). */
    public String getStatus() {
        return job.getStatus();
    }

    @Override
    public String toString() {
        return "bulk job " + job.getJobId() + " " + job.getStatus() + (timedOut ? " (timed out, cancelled)" : "")
               + ", " + messages.size() + " message(s)";
    }
}
