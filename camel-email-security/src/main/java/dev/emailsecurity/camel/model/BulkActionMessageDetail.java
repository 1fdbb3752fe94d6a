package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Per-message state of a bulk action job.
 * Returned (as a list) by {@code investigate.bulk.messages.list}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BulkActionMessageDetail {

    @JsonProperty("action_params")
    private Map<String, Object> actionParams;

    @JsonProperty("action_type")
    private String actionType;

    @JsonProperty("alert_id")
    private String alertId;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("email_message_id")
    private String emailMessageId;

    @JsonProperty("message_id")
    private String messageId;

    @JsonProperty("postfix_id")
    private String postfixId;

    @JsonProperty("processed_at")
    private String processedAt;

    @JsonProperty("retry_after")
    private String retryAfter;

    @JsonProperty("retry_count")
    private Integer retryCount;

    @JsonProperty("status")
    private String status;

    @JsonProperty("status_message")
    private String statusMessage;

    /** Creates an empty instance. */
    public BulkActionMessageDetail() {
    }

    /**
     * Action parameters, a union discriminated by key {@code type}: {@code MOVE} also carries {@code
     * client_recipient}, {@code destination} and optionally {@code expected_disposition}; {@code RELEASE}
     * carries {@code client_recipient}.
     */
    public Map<String, Object> getActionParams() {
        return actionParams;
    }

    public void setActionParams(Map<String, Object> actionParams) {
        this.actionParams = actionParams;
    }

    /**
     * The job's action. Allowed values: {@code MOVE}, {@code RELEASE}; values not listed here are passed
     * through unchanged.
     */
    public String getActionType() {
        return actionType;
    }

    public void setActionType(String actionType) {
        this.actionType = actionType;
    }

    /**
     * Alert identifier; nullable.
     */
    public String getAlertId() {
        return alertId;
    }

    public void setAlertId(String alertId) {
        this.alertId = alertId;
    }

    /**
     * When the entry was created.
     */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * RFC 5322 Message-ID; nullable.
     */
    public String getEmailMessageId() {
        return emailMessageId;
    }

    public void setEmailMessageId(String emailMessageId) {
        this.emailMessageId = emailMessageId;
    }

    /**
     * Identifier (UUID) of this entry.
     */
    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    /**
     * Postfix id of the message.
     */
    public String getPostfixId() {
        return postfixId;
    }

    public void setPostfixId(String postfixId) {
        this.postfixId = postfixId;
    }

    /**
     * When the message was processed; nullable.
     */
    public String getProcessedAt() {
        return processedAt;
    }

    public void setProcessedAt(String processedAt) {
        this.processedAt = processedAt;
    }

    /**
     * When to retry the action if it failed; nullable.
     */
    public String getRetryAfter() {
        return retryAfter;
    }

    public void setRetryAfter(String retryAfter) {
        this.retryAfter = retryAfter;
    }

    /**
     * Number of retries so far.
     */
    public Integer getRetryCount() {
        return retryCount;
    }

    public void setRetryCount(Integer retryCount) {
        this.retryCount = retryCount;
    }

    /**
     * Status. Allowed values: {@code PENDING}, {@code DISCOVERING}, {@code PROCESSING}, {@code COMPLETED},
     * {@code FAILED}, {@code CANCELLED}, {@code SKIPPED}; values not listed here are passed through
     * unchanged.
     */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /**
     * Status message; nullable.
     */
    public String getStatusMessage() {
        return statusMessage;
    }

    public void setStatusMessage(String statusMessage) {
        this.statusMessage = statusMessage;
    }
}
