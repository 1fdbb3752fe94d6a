package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request body of {@code investigate.bulk.create}; the API answers 201 with a {@link BulkJobDetail}.
 */
public class BulkActionRequest extends MoveTarget {

    @JsonProperty("action")
    private String action;

    @JsonProperty("comment")
    private String comment;

    @JsonProperty("search_params")
    private BulkSearchParams searchParams;

    /**
     * Creates a {@code MOVE} job request.
     *
     * @param destination  the target mailbox folder
     * @param searchParams selects the messages
     * @return a new request
     */
    public static BulkActionRequest move(String destination, BulkSearchParams searchParams) {
        BulkActionRequest request = new BulkActionRequest();
        request.setAction("MOVE");
        request.setDestination(destination);
        request.setSearchParams(searchParams);
        return request;
    }

    /**
     * Creates a {@code RELEASE} job request.
     *
     * @param searchParams selects the messages
     * @return a new request
     */
    public static BulkActionRequest release(BulkSearchParams searchParams) {
        BulkActionRequest request = new BulkActionRequest();
        request.setAction("RELEASE");
        request.setSearchParams(searchParams);
        return request;
    }

    /**
     * Required. The action to run. Allowed values: {@code MOVE}, {@code RELEASE}; values not listed here
     * are passed through unchanged.
     */
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    /** Comment; nullable. */
    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** Required. Selects the messages. */
    public BulkSearchParams getSearchParams() {
        return searchParams;
    }

    public void setSearchParams(BulkSearchParams searchParams) {
        this.searchParams = searchParams;
    }
}
