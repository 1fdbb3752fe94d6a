package dev.emailsecurity.camel.actions;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

import dev.emailsecurity.camel.model.BulkJobDetail;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.operations.ActionKind;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.RequestFactory;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The action layer's entry point: the producer hands it the operations whose table row names an {@link ActionKind}.
 * Message actions run synchronously (batched calls, per-message report); createBulkJob with waitForCompletion returns
 * at once and completes the exchange from the scheduler when the job ends.
 */
public final class ActionHandler {

    private final ScheduledExecutorService scheduler;
    private final Set<BulkJobCompletion> pending = ConcurrentHashMap.newKeySet();

    /** @param scheduler runs the status checks of bulk jobs being waited for */
    public ActionHandler(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Ends every wait still pending with an error (the jobs keep running); called when the producer stops. */
    public void stop() {
        List.copyOf(pending).forEach(BulkJobCompletion::abandon);
    }

    /** Whether the action layer runs this operation. */
    public static boolean handles(EmailSecurityOperation operation) {
        return operation.spec().actionKind() != ActionKind.NONE;
    }

    /**
     * Runs the action; same contract as {@code AsyncProcessor.process}: returns true when done synchronously (the
     * callback has been called with true), false when the callback will be called later.
     */
    public boolean process(Exchange exchange, ActionCall call, AsyncCallback callback) {
        try {
            ActionSettings settings = ActionSettings.of(call.configuration(), call.in());
            ActionKind kind = call.operation().spec().actionKind();
            if (kind == ActionKind.BULK_JOB) {
                return bulkJob(exchange, call, settings, callback);
            }
            ActionReport report = MessageActionRunner.run(call, action(kind), settings);
            call.in().setBody(report);
            ActionHeaders.write(call.in(), report);
            if (settings.failOnPartialFailure() && report.isPartialFailure()) {
                exchange.setException(new EmailSecurityPartialFailureException(report));
            }
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    private static MessageAction action(ActionKind kind) {
        return switch (kind) {
            case RELEASE -> new ReleaseAction();
            case MOVE -> new MoveAction();
            case RECLASSIFY -> new ReclassifyAction();
            default -> throw new IllegalStateException("No message action for " + kind);
        };
    }

    private boolean bulkJob(Exchange exchange, ActionCall call, ActionSettings settings, AsyncCallback callback) {
        Message in = call.in();
        Object body = BulkJobRequests.body(in.getBody(), call.parameters(), settings);
        if (settings.dryRun() || settings.maxMessages() > 0) {
            int limit = settings.dryRun() ? 0 : settings.maxMessages() + 1;
            List<MessageDetails> matching = BulkJobRequests.matching(call.client(), body, limit);
            Refusals.checkCapAtLeast(call.operation(), matching.size(), settings.maxMessages());
            if (settings.dryRun()) {
                ActionReport report = new ActionReport(call.operation().name(), true, settings.destination(),
                        settings.expectedDisposition(), 0, matching.stream().map(m -> new ActionResult(m.getId(), 1,
                                MessageOutcome.PLANNED, null, List.of())).toList(), List.of());
                in.setBody(report);
                ActionHeaders.write(in, report);
                callback.done(true);
                return true;
            }
        }
        EmailSecurityOperation op = call.operation();
        BulkJobDetail job = (BulkJobDetail) call.client().call(RequestFactory.build(op, call.parameters(), body),
                op.spec().result()).decoded().result();
        ActionHeaders.write(in, job, null);
        if (!call.configuration().isWaitForCompletion()) {
            in.setBody(job);
            callback.done(true);
            return true;
        }
        new BulkJobWaiter(call.client(), scheduler).follow(job, call.configuration().getJobTimeout(),
                call.configuration().getJobPollInterval(),
                new BulkJobCompletion(exchange, callback, job.getJobId(), pending));
        return false;
    }
}
