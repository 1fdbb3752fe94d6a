package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Request body of {@code investigate.move.create} (only {@code destination} and {@code
 * expected_disposition}) and {@code investigate.move.bulk} (also {@code ids}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MoveRequest {

    @JsonProperty("destination")
    private String destination;

    @JsonProperty("expected_disposition")
    private String expectedDisposition;

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

    /**
     * Required. Target mailbox folder. Allowed values: {@code Inbox}, {@code JunkEmail}, {@code
     * DeletedItems}, {@code RecoverableItemsDeletions}, {@code RecoverableItemsPurges}; values not listed
     * here are passed through unchanged.
     */
    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    /**
     * Disposition to record for the moved messages. Allowed values: {@code MALICIOUS}, {@code
     * MALICIOUS-BEC}, {@code SUSPICIOUS}, {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code ENCRYPTED},
     * {@code EXTERNAL}, {@code UNKNOWN}, {@code NONE}; values not listed here are passed through
     * unchanged.
     */
    public String getExpectedDisposition() {
        return expectedDisposition;
    }

    public void setExpectedDisposition(String expectedDisposition) {
        this.expectedDisposition = expectedDisposition;
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
