package dev.emailsecurity.camel.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.model.MoveResponseItem;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.operations.RequestFactory;
import dev.emailsecurity.camel.transport.ApiRequest;

/**
 * moveMessages (ids in the body) and moveMessage (one id in the path): the API answers one {@code MoveResponseItem}
 * per recipient, in message order, each naming the message by its {@code Message-ID} header. Items are attributed to
 * the messages of the batch by their runs of equal {@code message_id}.
 */
final class MoveAction implements MessageAction {

    @Override
    public void check(EmailSecurityOperation operation, ActionSettings settings) {
        if (settings.destination() == null) {
            throw new IllegalArgumentException(operation + " needs a destination: set the destination option, the "
                                               + "header CamelEmailSecurityDestination, or a MoveRequest body");
        }
    }

    @Override
    public int perCall(EmailSecurityOperation operation, ActionSettings settings) {
        return MessageAction.onePerCall(operation) ? 1 : settings.batchSize();
    }

    @Override
    public ApiRequest request(EmailSecurityOperation operation, ParameterSource parameters, Object body,
                              List<String> batch, ActionSettings settings) {
        MoveRequest request = MoveRequest.of(settings.destination());
        request.setExpectedDisposition(settings.expectedDisposition());
        if (MessageAction.onePerCall(operation)) {
            return RequestFactory.build(operation, MessageAction.withMessage(parameters, batch.get(0)), request);
        }
        request.setIds(batch);
        return RequestFactory.build(operation, parameters, request);
    }

    @Override
    public List<ActionResult> results(List<String> batch, int batchNo, Object decoded) {
        List<List<MoveResponseItem>> runs = runs((List<?>) decoded);
        if (batch.size() == 1 && runs.size() > 1) {
            runs = List.of(runs.stream().flatMap(List::stream).toList());
        }
        List<ActionResult> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (runs.size() != batch.size()) {
                out.add(new ActionResult(batch.get(i), batchNo, MessageOutcome.FAILED, "the API's " + runs.size()
                        + " per-message result group(s) could not be matched to the " + batch.size()
                        + " messages sent; see apiResults", List.of()));
                continue;
            }
            List<RecipientResult> recipients = runs.get(i).stream().map(MoveAction::recipient).toList();
            MessageOutcome outcome = MessageOutcome.of(recipients);
            String reason = outcome == MessageOutcome.SUCCEEDED ? null
                    : recipients.stream().map(RecipientResult::getReason).filter(Objects::nonNull).findFirst()
                            .orElse("not moved");
            out.add(new ActionResult(batch.get(i), batchNo, outcome, reason, recipients));
        }
        return out;
    }

    private static List<List<MoveResponseItem>> runs(List<?> items) {
        List<List<MoveResponseItem>> runs = new ArrayList<>();
        String current = null;
        for (Object o : items) {
            MoveResponseItem item = (MoveResponseItem) o;
            if (runs.isEmpty() || !Objects.equals(current, item.getMessageId())) {
                runs.add(new ArrayList<>());
                current = item.getMessageId();
            }
            runs.get(runs.size() - 1).add(item);
        }
        return runs;
    }

    private static RecipientResult recipient(MoveResponseItem item) {
        if (Boolean.TRUE.equals(item.getSuccess())) {
            return new RecipientResult(item.getRecipient(), RecipientOutcome.MOVED, null);
        }
        String status = item.getStatus() == null ? "not moved" : item.getStatus();
        RecipientOutcome outcome = status.toLowerCase(java.util.Locale.ROOT).startsWith("skipped")
                ? RecipientOutcome.SKIPPED : RecipientOutcome.FAILED;
        return new RecipientResult(item.getRecipient(), outcome, status);
    }
}
