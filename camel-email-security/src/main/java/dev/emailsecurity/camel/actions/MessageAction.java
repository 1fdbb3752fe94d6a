package dev.emailsecurity.camel.actions;

import java.util.List;

import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.transport.ApiRequest;

/** How one kind of action on mail (release, move, reclassify) is sent in batches and read back per message. */
interface MessageAction {

    /** Refuses, before any call, settings the action cannot run with. */
    void check(EmailSecurityOperation operation, ActionSettings settings);

    /** The most messages one call of the operation carries. */
    int perCall(EmailSecurityOperation operation, ActionSettings settings);

    /** The request for one batch of message ids. */
    ApiRequest request(EmailSecurityOperation operation, ParameterSource parameters, Object body, List<String> batch,
                       ActionSettings settings);

    /**
     * One result per message of the batch, from the call's decoded result.
     *
     * @param batch   the ids sent, in order
     * @param batchNo the number of the call, from 1
     * @param decoded the decoded {@code result} of the call
     */
    List<ActionResult> results(List<String> batch, int batchNo, Object decoded);

    /** Whether the operation takes one message in its path (one call per message) rather than ids in the body. */
    static boolean onePerCall(EmailSecurityOperation operation) {
        return operation.spec().pathParameters().contains(ApiParameter.INVESTIGATE_ID);
    }

    /** The parameters with the message id of a one-message call set. */
    static ParameterSource withMessage(ParameterSource parameters, String id) {
        return p -> p == ApiParameter.INVESTIGATE_ID ? id : parameters.get(p);
    }
}
