package dev.emailsecurity.camel.actions;

import java.util.List;

/** The outcome of an action for one message, with one {@link RecipientResult} per recipient the API reported. */
public final class ActionResult {

    private final String id;
    private final int batch;
    private final MessageOutcome outcome;
    private final String reason;
    private final List<RecipientResult> recipients;

    public ActionResult(String id, int batch, MessageOutcome outcome, String reason, List<RecipientResult> recipients) {
        this.id = id;
        this.batch = batch;
        this.outcome = outcome;
        this.reason = reason;
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

    public MessageOutcome getOutcome() {
        return outcome;
    }

    /** Why the message is not {@link MessageOutcome#SUCCEEDED}, or null. */
    public String getReason() {
        return reason;
    }

    public List<RecipientResult> getRecipients() {
        return recipients;
    }

    @Override
    public String toString() {
        return id + " " + outcome + (reason == null ? "" : " (" + reason + ")") + " " + recipients;
    }
}
