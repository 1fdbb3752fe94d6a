package dev.emailsecurity.camel.actions;

/** What an action did to one message, summed up over its recipients. */
public enum MessageOutcome {
    /** Done for every recipient (for reclassify: accepted by the API). */
    SUCCEEDED,
    /** Done for some recipients, not for others. */
    PARTIAL,
    /** Failed: a recipient failed and none was done, or the call carrying the message failed or was not sent. */
    FAILED,
    /** Nothing done and nothing failed: skipped by the disposition guard, or undelivered for every recipient. */
    SKIPPED,
    /** Dry run: the message would be acted on. */
    PLANNED;

    /** The outcome of a message from its recipients' outcomes. */
    static MessageOutcome of(Iterable<RecipientResult> recipients) {
        int done = 0;
        int failed = 0;
        int other = 0;
        for (RecipientResult r : recipients) {
            if (r.getOutcome().isDone()) {
                done++;
            } else if (r.getOutcome() == RecipientOutcome.FAILED) {
                failed++;
            } else {
                other++;
            }
        }
        if (done > 0) {
            return failed + other == 0 ? SUCCEEDED : PARTIAL;
        }
        if (failed > 0) {
            return FAILED;
        }
        return other > 0 ? SKIPPED : FAILED;
    }
}
