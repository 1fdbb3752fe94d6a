package dev.emailsecurity.camel.operations;

/**
 * How the action log (operation getActionLog) shows that an action on mail happened: the operation its entry
 * records, where the request names the messages, and whether the entry must name the same destination.
 *
 * @param loggedAs        the {@code operation} of the action-log entry the action writes ({@code MOVE},
 *                        {@code QUARANTINE_RELEASE}, {@code SUBMISSION})
 * @param idsInBody       true when the body carries the ids ({@code ids}, or a bare array); false for the one
 *                        {@code investigate_id} of the path
 * @param matchDestinationwhether an entry counts only when it names the destination of the request body
 */
public record ActionLogCheck(String loggedAs, boolean idsInBody, boolean matchDestination) {

    /** An action on the one message of the path. */
    public static ActionLogCheck pathId(String loggedAs) {
        return new ActionLogCheck(loggedAs, false, false);
    }

    /** An action on the messages listed in the body. */
    public static ActionLogCheck bodyIds(String loggedAs) {
        return new ActionLogCheck(loggedAs, true, false);
    }

    /** The same, counting only entries to the destination of the request body. */
    public ActionLogCheck sameDestination() {
        return new ActionLogCheck(loggedAs, idsInBody, true);
    }
}
