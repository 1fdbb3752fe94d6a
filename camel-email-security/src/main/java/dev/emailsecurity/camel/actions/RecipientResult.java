package dev.emailsecurity.camel.actions;

/** The outcome of an action for one recipient of one message. */
public final class RecipientResult extends TargetResult<RecipientOutcome> {

    private final String recipient;

    public RecipientResult(String recipient, RecipientOutcome outcome, String reason) {
        super(outcome, reason);
        this.recipient = recipient;
    }

    /** The recipient's address. */
    public String getRecipient() {
        return recipient;
    }

    @Override
    public String toString() {
        return describe(recipient);
    }
}
