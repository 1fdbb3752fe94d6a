package dev.emailsecurity.camel.actions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.model.ReleaseResponse;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.operations.RequestFactory;
import dev.emailsecurity.camel.transport.ApiRequest;

/** releaseMessages: a JSON array of ids per call; one {@code ReleaseResponse} per message comes back. */
final class ReleaseAction implements MessageAction {

    @Override
    public void check(EmailSecurityOperation operation, ActionSettings settings) {
        if (settings.expectedDisposition() != null) {
            throw new IllegalArgumentException(operation + " cannot guard on expectedDisposition ("
                                               + settings.expectedDisposition() + "): the API's release takes only "
                                               + "message ids. Remove the option, or check the disposition first");
        }
    }

    @Override
    public int perCall(EmailSecurityOperation operation, ActionSettings settings) {
        return settings.batchSize();
    }

    @Override
    public ApiRequest request(EmailSecurityOperation operation, ParameterSource parameters, Object body,
                              List<String> batch, ActionSettings settings) {
        return RequestFactory.build(operation, parameters, batch);
    }

    @Override
    public List<ActionResult> results(List<String> batch, int batchNo, Object decoded) {
        Map<String, ReleaseResponse> byId = new HashMap<>();
        for (Object item : (List<?>) decoded) {
            ReleaseResponse r = (ReleaseResponse) item;
            byId.put(r.getId(), r);
            if (r.getPostfixId() != null) {
                byId.putIfAbsent(r.getPostfixId(), r);
            }
        }
        List<ActionResult> out = new ArrayList<>(batch.size());
        for (String id : batch) {
            ReleaseResponse r = byId.get(id);
            if (r == null) {
                out.add(new ActionResult(id, batchNo, MessageOutcome.FAILED, "the API returned no result for this "
                                                                             + "message", List.of()));
                continue;
            }
            List<RecipientResult> recipients = new ArrayList<>();
            add(recipients, r.getDelivered(), RecipientOutcome.DELIVERED, null);
            add(recipients, r.getUndelivered(), RecipientOutcome.UNDELIVERED,
                    "not delivered: the message was not in quarantine");
            add(recipients, r.getFailed(), RecipientOutcome.FAILED, "delivery failed");
            MessageOutcome outcome = MessageOutcome.of(recipients);
            out.add(new ActionResult(id, batchNo, outcome, reason(outcome), recipients));
        }
        return out;
    }

    private static void add(List<RecipientResult> to, List<String> recipients, RecipientOutcome outcome,
                            String reason) {
        if (recipients != null) {
            recipients.forEach(r -> to.add(new RecipientResult(r, outcome, reason)));
        }
    }

    private static String reason(MessageOutcome outcome) {
        return switch (outcome) {
            case PARTIAL -> "released for some recipients only";
            case FAILED -> "release failed";
            case SKIPPED -> "nothing to release: not in quarantine";
            default -> null;
        };
    }
}
