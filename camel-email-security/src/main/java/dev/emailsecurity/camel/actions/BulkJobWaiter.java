package dev.emailsecurity.camel.actions;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.emailsecurity.camel.error.EmailSecurityConflictException;
import dev.emailsecurity.camel.model.BulkActionMessageDetail;
import dev.emailsecurity.camel.model.BulkJobDetail;
import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.Pager;
import dev.emailsecurity.camel.operations.RequestFactory;
import dev.emailsecurity.camel.transport.EmailSecurityClient;

/**
 * Follows a bulk job until it ends without holding a thread in between: each status check is a task on a
 * scheduler, and the next one is scheduled, not slept for. When the job ends, its messages are paged in; when
 * {@code jobTimeout} passes first, the job is cancelled. The outcome goes to a callback on the scheduler's thread.
 */
final class BulkJobWaiter {

    static final Set<String> TERMINAL = Set.of("COMPLETED", "FAILED", "CANCELLED", "SKIPPED");
    private static final int MESSAGE_PAGE_SIZE = 1000;

    private final EmailSecurityClient client;
    private final ScheduledExecutorService scheduler;

    /** How a wait ends: with a result, or with the error that stopped it. */
    interface Outcome {
        void completed(BulkJobResult result);

        void failed(Exception error);
    }

    BulkJobWaiter(EmailSecurityClient client, ScheduledExecutorService scheduler) {
        this.client = client;
        this.scheduler = scheduler;
    }

    /**
     * Starts following the job; returns at once.
     *
     * @param job       the job as created
     * @param timeoutMs how long to wait before cancelling
     * @param pollMs    the pause between status checks
     * @param outcome   told once, when the wait ends
     */
    void follow(BulkJobDetail job, long timeoutMs, long pollMs, Outcome outcome) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        step(job, deadline, Math.max(1, pollMs), outcome);
    }

    private void step(BulkJobDetail job, long deadline, long pollMs, Outcome outcome) {
        if (TERMINAL.contains(job.getStatus())) {
            finish(job, false, outcome);
            return;
        }
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
            attempt(() -> cancel(job.getJobId()), outcome).ifPresent(cancelled -> finish(cancelled, true, outcome));
            return;
        }
        try {
            scheduler.schedule(() -> attempt(() -> get(job.getJobId()), outcome)
                    .ifPresent(current -> step(current, deadline, pollMs, outcome)),
                    Math.min(pollMs, left), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            outcome.failed(e);
        }
    }

    private void finish(BulkJobDetail job, boolean timedOut, Outcome outcome) {
        attempt(() -> new BulkJobResult(job, messages(job.getJobId()), timedOut), outcome)
                .ifPresent(outcome::completed);
    }

    /** The call's result; empty when it failed, after telling the outcome (so every path ends in one callback). */
    private static <T> Optional<T> attempt(Supplier<T> call, Outcome outcome) {
        T value;
        try {
            value = call.get();
        } catch (RuntimeException e) {
            outcome.failed(e);
            return Optional.empty();
        }
        if (value == null) {
            outcome.failed(new IllegalStateException("The API returned no bulk job"));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private BulkJobDetail get(String jobId) {
        return (BulkJobDetail) callJob(EmailSecurityOperation.getBulkJob, jobId);
    }

    /** Cancels the job; if it ended meanwhile (409), reports it as it ended. */
    private BulkJobDetail cancel(String jobId) {
        try {
            return (BulkJobDetail) callJob(EmailSecurityOperation.cancelBulkJob, jobId);
        } catch (EmailSecurityConflictException e) {
            return get(jobId);
        }
    }

    private Object callJob(EmailSecurityOperation op, String jobId) {
        return client.call(RequestFactory.build(op, p -> p == ApiParameter.JOB_ID ? jobId : null, null),
                op.spec().result()).decoded().result();
    }

    @SuppressWarnings("unchecked")
    private List<BulkActionMessageDetail> messages(String jobId) {
        EmailSecurityOperation op = EmailSecurityOperation.listBulkJobMessages;
        Pager.Result result = Pager.fetch(op.spec(),
                RequestFactory.build(op, p -> p == ApiParameter.JOB_ID ? jobId : null, null),
                new Pager.Paging(MESSAGE_PAGE_SIZE, 0, true, null, null),
                r -> client.call(r, op.spec().result()).decoded());
        return (List<BulkActionMessageDetail>) result.body();
    }
}
