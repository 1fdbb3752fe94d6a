package dev.emailsecurity.camel.actions;

/**
 * What an action did for one of its targets (a message, or one recipient of a message), and why when it did not.
 *
 * @param <O> the kind of outcome ({@link MessageOutcome} or {@link RecipientOutcome})
 */
abstract class TargetResult<O extends Enum<O>> {

    private final O outcome;
    private final String reason;

    TargetResult(O outcome, String reason) {
        this.outcome = outcome;
        this.reason = reason;
    }

    public O getOutcome() {
        return outcome;
    }

    /**
     * Why the target has this outcome, where that needs saying: why the action was not done (for a recipient, the
     * API's status text), or that it had already been done; null otherwise.
     */
    public String getReason() {
        return reason;
    }

    /** The target, its outcome and the reason if any, as the results' {@code toString} shows them. */
    String describe(String target) {
        return target + " " + outcome + (reason == null ? "" : " (" + reason + ")");
    }
}
