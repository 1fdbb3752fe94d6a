package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A bulk action job.
 * Returned by {@code investigate.bulk.create}, {@code investigate.bulk.get}, {@code
 * investigate.bulk.cancel.create} and (as a list) {@code investigate.bulk.list}.
 */
@JsonPropertyOrder({ "action_params", "action_type", "comment", "completed_at", "created_at", "job_id",
        "messages_failed", "messages_pending", "messages_cancelled", "messages_skipped", "messages_successful",
        "search_params", "started_at", "status", "status_message", "total_messages_discovered" })
public class BulkJobDetail extends BulkActionState {

    @JsonProperty("comment")
    private String comment;

    @JsonProperty("completed_at")
    private String completedAt;

    @JsonProperty("job_id")
    private String jobId;

    @JsonProperty("messages_failed")
    private Integer messagesFailed;

    @JsonProperty("messages_pending")
    private Integer messagesPending;

    @JsonProperty("messages_cancelled")
    private Integer messagesCancelled;

    @JsonProperty("messages_skipped")
    private Integer messagesSkipped;

    @JsonProperty("messages_successful")
    private Integer messagesSuccessful;

    @JsonProperty("search_params")
    private BulkSearchParams searchParams;

    @JsonProperty("started_at")
    private String startedAt;

    @JsonProperty("total_messages_discovered")
    private Integer totalMessagesDiscovered;

    /** Comment; nullable. */
    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** When the job completed; nullable. */
    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /** Job identifier (UUID), used as {@code job_id} in the per-job operations. */
    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    /** Number of messages that failed. */
    public Integer getMessagesFailed() {
        return messagesFailed;
    }

    public void setMessagesFailed(Integer messagesFailed) {
        this.messagesFailed = messagesFailed;
    }

    /** Number of messages still pending. */
    public Integer getMessagesPending() {
        return messagesPending;
    }

    public void setMessagesPending(Integer messagesPending) {
        this.messagesPending = messagesPending;
    }

    /** Number of messages not acted on because the job was cancelled (newest API). */
    public Integer getMessagesCancelled() {
        return messagesCancelled;
    }

    public void setMessagesCancelled(Integer messagesCancelled) {
        this.messagesCancelled = messagesCancelled;
    }

    /** Number of messages skipped, e.g. already in the destination (newest API). */
    public Integer getMessagesSkipped() {
        return messagesSkipped;
    }

    public void setMessagesSkipped(Integer messagesSkipped) {
        this.messagesSkipped = messagesSkipped;
    }

    /** Number of messages processed successfully. */
    public Integer getMessagesSuccessful() {
        return messagesSuccessful;
    }

    public void setMessagesSuccessful(Integer messagesSuccessful) {
        this.messagesSuccessful = messagesSuccessful;
    }

    /** The filters that selected the messages. */
    public BulkSearchParams getSearchParams() {
        return searchParams;
    }

    public void setSearchParams(BulkSearchParams searchParams) {
        this.searchParams = searchParams;
    }

    /** When the job started; nullable. */
    public String getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(String startedAt) {
        this.startedAt = startedAt;
    }

    /** Number of messages the search found. */
    public Integer getTotalMessagesDiscovered() {
        return totalMessagesDiscovered;
    }

    public void setTotalMessagesDiscovered(Integer totalMessagesDiscovered) {
        this.totalMessagesDiscovered = totalMessagesDiscovered;
    }
}
