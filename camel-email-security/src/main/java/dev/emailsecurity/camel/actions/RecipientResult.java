package dev.emailsecurity.camel.actions;

/** The outcome of an action for one recipient of one message. */
public final class RecipientResult {

    private final String recipient;
    private final RecipientOutcome outcome;
    private final String reason;

    public RecipientResult(String recipient, RecipientOutcome outcome, String reason) {
        this.recipient = recipient;
        this.outcome = outcome;
        this.reason = reason;
    }

    /** The recipient's address. */
    public String getRecipient() {
        return recipient;
    }

    public RecipientOutcome getOutcome() {
        return outcome;
    }

    /** Why the action was not done for this recipient (the API's status text), or null when it was. */
    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return recipient + " " + outcome + (reason == null ? "" : " (" + reason + ")");
    }
}
