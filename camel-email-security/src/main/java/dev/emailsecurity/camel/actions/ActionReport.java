package dev.emailsecurity.camel.actions;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The body an action on mail returns: one {@link ActionResult} per target message, in target order, the counts the
 * summary headers carry, and the API's own results ({@code ReleaseResponse} or {@code MoveResponseItem} objects) as
 * received.
 */
public final class ActionReport {

    private final String operation;
    private final boolean dryRun;
    private final String destination;
    private final String expectedDisposition;
    private final int calls;
    private final List<ActionResult> messages;
    private final List<Object> apiResults;
    private final List<String> alreadyApplied;

    public ActionReport(String operation, boolean dryRun, String destination, String expectedDisposition, int calls,
                        List<ActionResult> messages, List<Object> apiResults) {
        this(operation, dryRun, destination, expectedDisposition, calls, messages, apiResults, List.of());
    }

    public ActionReport(String operation, boolean dryRun, String destination, String expectedDisposition, int calls,
                        List<ActionResult> messages, List<Object> apiResults, List<String> alreadyApplied) {
        this.operation = operation;
        this.dryRun = dryRun;
        this.destination = destination;
        this.expectedDisposition = expectedDisposition;
        this.calls = calls;
        this.messages = List.copyOf(messages);
        this.apiResults = List.copyOf(apiResults);
        this.alreadyApplied = List.copyOf(alreadyApplied);
    }

    /**
     * Ids whose action had already happened when a lost response was re-checked (they count as SUCCEEDED and were
     * not sent again).
     */
    public List<String> getAlreadyApplied() {
        return alreadyApplied;
    }

    public String getOperation() {
        return operation;
    }

    /** True when nothing was changed: the report says what a real run would do. */
    public boolean isDryRun() {
        return dryRun;
    }

    public String getDestination() {
        return destination;
    }

    public String getExpectedDisposition() {
        return expectedDisposition;
    }

    /** The number of mutating API calls made (batches sent). */
    public int getCalls() {
        return calls;
    }

    /** One result per target message, in target order. */
    public List<ActionResult> getMessages() {
        return messages;
    }

    /** The investigate ids of the target messages, in order. */
    @JsonIgnore
    public List<String> getIds() {
        return messages.stream().map(ActionResult::getId).toList();
    }

    /** The API's results as decoded, in call order. */
    public List<Object> getApiResults() {
        return apiResults;
    }

    public int count(MessageOutcome outcome) {
        return (int) messages.stream().filter(m -> m.getOutcome() == outcome).count();
    }

    public int countRecipients(RecipientOutcome... outcomes) {
        List<RecipientOutcome> wanted = List.of(outcomes);
        return (int) messages.stream().flatMap(m -> m.getRecipients().stream())
                .filter(r -> wanted.contains(r.getOutcome())).count();
    }

    /** True when some message is not {@link MessageOutcome#SUCCEEDED} (dry runs are never partial failures). */
    public boolean isPartialFailure() {
        return !dryRun && messages.stream().anyMatch(m -> m.getOutcome() != MessageOutcome.SUCCEEDED);
    }

    @Override
    public String toString() {
        return operation + (dryRun ? " (dry run)" : "") + ": " + messages.size() + " message(s), "
               + count(MessageOutcome.SUCCEEDED) + " succeeded, " + count(MessageOutcome.PARTIAL) + " partial, "
               + count(MessageOutcome.FAILED) + " failed, " + count(MessageOutcome.SKIPPED) + " skipped, " + calls
               + " call(s)";
    }
}
