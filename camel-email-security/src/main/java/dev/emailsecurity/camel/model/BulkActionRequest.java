package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request body of {@code investigate.bulk.create}; the API answers 201 with a {@link BulkJobDetail}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BulkActionRequest {

    @JsonProperty("action")
    private String action;

    @JsonProperty("comment")
    private String comment;

    @JsonProperty("destination")
    private String destination;

    @JsonProperty("expected_disposition")
    private String expectedDisposition;

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

    /**
     * Target folder; needed for {@code MOVE}. Allowed values: {@code Inbox}, {@code JunkEmail}, {@code
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
     * Disposition to record. Allowed values: {@code MALICIOUS}, {@code MALICIOUS-BEC}, {@code SUSPICIOUS},
     * {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code ENCRYPTED}, {@code EXTERNAL}, {@code UNKNOWN},
     * {@code NONE}; values not listed here are passed through unchanged.
     */
    public String getExpectedDisposition() {
        return expectedDisposition;
    }

    public void setExpectedDisposition(String expectedDisposition) {
        this.expectedDisposition = expectedDisposition;
    }

    /** Required. Selects the messages. */
    public BulkSearchParams getSearchParams() {
        return searchParams;
    }

    public void setSearchParams(BulkSearchParams searchParams) {
        this.searchParams = searchParams;
    }
}
