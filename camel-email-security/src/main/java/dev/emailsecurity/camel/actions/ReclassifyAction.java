package dev.emailsecurity.camel.actions;

import java.util.List;

import dev.emailsecurity.camel.model.ReclassifyRequest;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.operations.RequestFactory;
import dev.emailsecurity.camel.transport.ApiRequest;

/**
 * reclassifyMessage: one call per message, asking for {@code expectedDisposition}; the API accepts it (202) and
 * opens a submission, so the per-message result is SUCCEEDED with no recipients.
 */
final class ReclassifyAction implements MessageAction {

    private static final List<String> REQUESTABLE = List.of("NONE", "BULK", "MALICIOUS", "SPAM", "SPOOF", "SUSPICIOUS");

    @Override
    public void check(EmailSecurityOperation operation, ActionSettings settings) {
        if (settings.expectedDisposition() == null || !REQUESTABLE.contains(settings.expectedDisposition())) {
            throw new IllegalArgumentException(operation + " needs expectedDisposition, the disposition asked for, one "
                                               + "of " + String.join(", ", REQUESTABLE) + "; was "
                                               + settings.expectedDisposition());
        }
    }

    @Override
    public int perCall(EmailSecurityOperation operation, ActionSettings settings) {
        return 1;
    }

    @Override
    public ApiRequest request(EmailSecurityOperation operation, ParameterSource parameters, Object body,
                              List<String> batch, ActionSettings settings) {
        ReclassifyRequest request = body instanceof ReclassifyRequest r ? r : ReclassifyRequest.of(null);
        request.setExpectedDisposition(settings.expectedDisposition());
        return RequestFactory.build(operation, MessageAction.withMessage(parameters, batch.get(0)), request);
    }

    @Override
    public List<ActionResult> results(List<String> batch, int batchNo, Object decoded) {
        return List.of(new ActionResult(batch.get(0), batchNo, MessageOutcome.SUCCEEDED, null, List.of()));
    }
}
