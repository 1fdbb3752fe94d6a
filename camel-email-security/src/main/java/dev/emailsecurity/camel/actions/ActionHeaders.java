package dev.emailsecurity.camel.actions;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.model.BulkJobDetail;
import org.apache.camel.Message;

/** Writes the summary headers of an action report or a bulk job. */
final class ActionHeaders {

    private ActionHeaders() {
    }

    static void write(Message in, ActionReport report) {
        in.setHeader(EmailSecurityConstants.ACTION_MESSAGES, report.getMessages().size());
        in.setHeader(EmailSecurityConstants.ACTION_SUCCEEDED, report.count(MessageOutcome.SUCCEEDED));
        in.setHeader(EmailSecurityConstants.ACTION_PARTIAL, report.count(MessageOutcome.PARTIAL));
        in.setHeader(EmailSecurityConstants.ACTION_FAILED, report.count(MessageOutcome.FAILED));
        in.setHeader(EmailSecurityConstants.ACTION_SKIPPED, report.count(MessageOutcome.SKIPPED));
        in.setHeader(EmailSecurityConstants.ACTION_RECIPIENTS_DELIVERED,
                report.countRecipients(RecipientOutcome.DELIVERED, RecipientOutcome.MOVED));
        in.setHeader(EmailSecurityConstants.ACTION_RECIPIENTS_UNDELIVERED,
                report.countRecipients(RecipientOutcome.UNDELIVERED, RecipientOutcome.SKIPPED));
        in.setHeader(EmailSecurityConstants.ACTION_RECIPIENTS_FAILED, report.countRecipients(RecipientOutcome.FAILED));
        in.setHeader(EmailSecurityConstants.ACTION_CALLS, report.getCalls());
        in.setHeader(EmailSecurityConstants.RESULT_COUNT, report.getMessages().size());
        if (!report.getAlreadyApplied().isEmpty()) {
            in.setHeader(EmailSecurityConstants.ALREADY_APPLIED_IDS, report.getAlreadyApplied());
        }
    }

    static void write(Message in, BulkJobDetail job, Boolean timedOut) {
        in.setHeader(EmailSecurityConstants.BULK_JOB_ID, job.getJobId());
        in.setHeader(EmailSecurityConstants.BULK_JOB_STATUS, job.getStatus());
        if (timedOut != null) {
            in.setHeader(EmailSecurityConstants.BULK_JOB_TIMED_OUT, timedOut);
        }
    }
}
