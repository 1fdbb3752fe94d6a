package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Per-recipient result of a move.
 * Returned (as a list) by {@code investigate.move.create} and {@code investigate.move.bulk}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MoveResponseItem {

    @JsonProperty("completed_at")
    private String completedAt;

    @JsonProperty("completed_timestamp")
    @Deprecated
    private String completedTimestamp;

    @JsonProperty("destination")
    private String destination;

    @JsonProperty("item_count")
    @Deprecated
    private Integer itemCount;

    @JsonProperty("message_id")
    private String messageId;

    @JsonProperty("operation")
    private String operation;

    @JsonProperty("recipient")
    private String recipient;

    @JsonProperty("status")
    private String status;

    @JsonProperty("success")
    private Boolean success;

    /** When the move completed (UTC); nullable. */
    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /**
     * When the move completed.
     *
     * @deprecated use {@link #getCompletedAt()} instead.
     */
    @Deprecated
    public String getCompletedTimestamp() {
        return completedTimestamp;
    }

    /** @deprecated use {@link #getCompletedAt()} instead. */
    @Deprecated
    public void setCompletedTimestamp(String completedTimestamp) {
        this.completedTimestamp = completedTimestamp;
    }

    /** Destination folder; nullable. */
    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    /**
     * Number of items moved.
     *
     * @deprecated no replacement is named by the API.
     */
    @Deprecated
    public Integer getItemCount() {
        return itemCount;
    }

    /** @deprecated no replacement is named by the API. */
    @Deprecated
    public void setItemCount(Integer itemCount) {
        this.itemCount = itemCount;
    }

    /** Message identifier; nullable. */
    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    /** Type of operation performed; nullable. */
    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    /** Recipient address; nullable. */
    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    /** Operation status; nullable. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Whether the operation succeeded. */
    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }
}
