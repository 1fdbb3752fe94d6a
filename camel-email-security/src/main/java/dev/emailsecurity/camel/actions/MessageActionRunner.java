package dev.emailsecurity.camel.actions;

import java.util.ArrayList;
import java.util.List;

import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.transport.ApiRequest;
import dev.emailsecurity.camel.transport.EmailSecurityClient;

/**
 * Runs an action on a set of messages safely: refuses a target set above the cap before any call, makes no
 * mutating call in a dry run, splits the targets into batches the API takes (one call per batch), and reports every
 * message. A failed call is never re-sent (its outcome may be unknown): its messages are reported FAILED with the
 * error, and the batches after it are not sent. Only when the very first call fails, which changed nothing, is the
 * error thrown as is.
 */
final class MessageActionRunner {

    static final String ALREADY_APPLIED = "already applied: the response was lost, the action log showed it done, "
                                          + "so it was not sent again";

    private MessageActionRunner() {
    }

    static ActionReport run(ActionCall call, MessageAction action, ActionSettings settings) {
        EmailSecurityOperation operation = call.operation();
        action.check(operation, settings);
        List<String> targets = ActionTargets.resolve(call.in(), call.parameters());
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(operation + " has no messages to act on: give ids (or a searchMessages "
                                               + "result) in the body, the header CamelEmailSecurityTargetIds, or "
                                               + "investigateId");
        }
        Refusals.checkCap(operation, targets.size(), settings.maxMessages());
        List<List<String>> batches = partition(targets, action.perCall(operation, settings));
        List<ActionResult> results = new ArrayList<>(targets.size());
        List<Object> apiResults = new ArrayList<>();
        List<String> alreadyApplied = new ArrayList<>();
        int calls = 0;
        for (int b = 0; b < batches.size(); b++) {
            List<String> batch = batches.get(b);
            int batchNo = b + 1;
            if (settings.dryRun()) {
                batch.forEach(id -> results.add(new ActionResult(id, batchNo, MessageOutcome.PLANNED, null, List.of())));
                continue;
            }
            ApiRequest request = ActionLogRecheck.rechecked(operation,
                    action.request(operation, call.parameters(), call.in().getBody(), batch, settings), call.client());
            EmailSecurityClient.Call answer;
            try {
                calls++;
                answer = call.client().call(request, operation.spec().result());
            } catch (RuntimeException e) {
                if (b == 0) {
                    throw e;
                }
                failRemaining(batches, b, e, results);
                break;
            }
            Object decoded = answer.decoded().result();
            // after a lost response the client re-checked and re-sent only what had not happened: report the rest
            List<String> applied = answer.alreadyDone();
            alreadyApplied.addAll(applied);
            applied.forEach(id -> results.add(new ActionResult(id, batchNo, MessageOutcome.SUCCEEDED, ALREADY_APPLIED,
                    List.of())));
            List<String> sent = batch.stream().filter(id -> !applied.contains(id)).toList();
            if (!sent.isEmpty()) {
                results.addAll(action.results(sent, batchNo, decoded));
            }
            if (decoded instanceof List<?> l) {
                apiResults.addAll(l);
            } else if (decoded != null) {
                apiResults.add(decoded);
            }
        }
        return new ActionReport(operation.name(), settings.dryRun(), settings.destination(),
                settings.expectedDisposition(), calls, results, apiResults, alreadyApplied);
    }

    private static void failRemaining(List<List<String>> batches, int failed, RuntimeException e,
                                      List<ActionResult> results) {
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        for (int b = failed; b < batches.size(); b++) {
            String reason = b == failed ? "the call failed, outcome unknown (not re-sent): " + error
                    : "not sent: call " + (failed + 1) + " failed";
            int batchNo = b + 1;
            batches.get(b).forEach(id -> results.add(new ActionResult(id, batchNo, MessageOutcome.FAILED, reason,
                    List.of())));
        }
    }

    static <T> List<List<T>> partition(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return out;
    }
}
