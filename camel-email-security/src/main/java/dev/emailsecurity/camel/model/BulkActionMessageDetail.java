package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Per-message state of a bulk action job.
 * Returned (as a list) by {@code investigate.bulk.messages.list}.
 */
public class BulkActionMessageDetail extends BulkActionState {

    @JsonProperty("alert_id")
    private String alertId;

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

    /** Alert identifier; nullable. */
    public String getAlertId() {
        return alertId;
    }

    public void setAlertId(String alertId) {
        this.alertId = alertId;
    }

    /** RFC 5322 Message-ID; nullable. */
    public String getEmailMessageId() {
        return emailMessageId;
    }

    public void setEmailMessageId(String emailMessageId) {
        this.emailMessageId = emailMessageId;
    }

    /** Identifier (UUID) of this entry. */
    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    /** Postfix id of the message. */
    public String getPostfixId() {
        return postfixId;
    }

    public void setPostfixId(String postfixId) {
        this.postfixId = postfixId;
    }

    /** When the message was processed; nullable. */
    public String getProcessedAt() {
        return processedAt;
    }

    public void setProcessedAt(String processedAt) {
        this.processedAt = processedAt;
    }

    /** When to retry the action if it failed; nullable. */
    public String getRetryAfter() {
        return retryAfter;
    }

    public void setRetryAfter(String retryAfter) {
        this.retryAfter = retryAfter;
    }

    /** Number of retries so far. */
    public Integer getRetryCount() {
        return retryCount;
    }

    public void setRetryCount(Integer retryCount) {
        this.retryCount = retryCount;
    }
}
