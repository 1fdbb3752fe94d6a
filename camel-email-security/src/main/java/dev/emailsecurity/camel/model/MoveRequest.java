package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Request body of {@code investigate.move.create} (only {@code destination} and {@code
 * expected_disposition}) and {@code investigate.move.bulk} (also {@code ids}).
 */
public class MoveRequest extends MoveTarget {

    @JsonProperty("ids")
    private List<String> ids;

    @JsonProperty("postfix_ids")
    @Deprecated
    private List<String> postfixIds;

    /**
     * Creates a request for moving one message ({@code investigate.move.create}).
     *
     * @param destination the target mailbox folder
     * @return a new request
     */
    public static MoveRequest of(String destination) {
        MoveRequest request = new MoveRequest();
        request.setDestination(destination);
        return request;
    }

    /**
     * Creates a request for moving several messages ({@code investigate.move.bulk}).
     *
     * @param destination the target mailbox folder
     * @param ids         investigate ids of the messages
     * @return a new request
     */
    public static MoveRequest of(String destination, List<String> ids) {
        MoveRequest request = of(destination);
        request.setIds(ids);
        return request;
    }

    /** Investigate ids of the messages to move ({@code investigate.move.bulk} only). */
    public List<String> getIds() {
        return ids;
    }

    public void setIds(List<String> ids) {
        this.ids = ids;
    }

    /**
     * Postfix ids of the messages to move ({@code investigate.move.bulk} only).
     *
     * @deprecated use {@link #getIds()} instead.
     */
    @Deprecated
    public List<String> getPostfixIds() {
        return postfixIds;
    }

    /** @deprecated use {@link #getIds()} instead. */
    @Deprecated
    public void setPostfixIds(List<String> postfixIds) {
        this.postfixIds = postfixIds;
    }
}
