package dev.emailsecurity.camel.actions;

/** What an action did for one recipient of one message. */
public enum RecipientOutcome {
    /** Released from quarantine and delivered to the recipient's mailbox. */
    DELIVERED,
    /** Moved in the recipient's mailbox. */
    MOVED,
    /** The API reported the recipient as not delivered (for a release: the message was not in quarantine). */
    UNDELIVERED,
    /** The API refused to act for the recipient: the message's disposition was not the expected one. */
    SKIPPED,
    /** The action failed for the recipient. */
    FAILED;

    public boolean isDone() {
        return this == DELIVERED || this == MOVED;
    }
}
