package dev.emailsecurity.camel.actions;

import java.util.List;

/** The outcome of an action for one message, with one {@link RecipientResult} per recipient the API reported. */
public final class ActionResult extends TargetResult<MessageOutcome> {

    private final String id;
    private final int batch;
    private final List<RecipientResult> recipients;

    public ActionResult(String id, int batch, MessageOutcome outcome, String reason, List<RecipientResult> recipients) {
        super(outcome, reason);
        this.id = id;
        this.batch = batch;
        this.recipients = List.copyOf(recipients);
    }

    /** The message's investigate id. */
    public String getId() {
        return id;
    }

    /** The number (from 1) of the API call that carried the message. */
    public int getBatch() {
        return batch;
    }

    public List<RecipientResult> getRecipients() {
        return recipients;
    }

    @Override
    public String toString() {
        return describe(id) + " " + recipients;
    }
}
