package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Search filters of a bulk action job (same filters as {@code investigate.list}).
 * Part of {@link BulkActionRequest} ({@code investigate.bulk.create}) and of {@link BulkJobDetail}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BulkSearchParams {

    @JsonProperty("action_log")
    @Deprecated
    private Boolean actionLog;

    @JsonProperty("alert_id")
    private String alertId;

    @JsonProperty("delivery_status")
    private String deliveryStatus;

    @JsonProperty("detections_only")
    private Boolean detectionsOnly;

    @JsonProperty("domain")
    private String domain;

    @JsonProperty("end")
    private String end;

    @JsonProperty("exact_subject")
    private String exactSubject;

    @JsonProperty("final_disposition")
    private String finalDisposition;

    @JsonProperty("message_action")
    private String messageAction;

    @JsonProperty("message_id")
    private String messageId;

    @JsonProperty("metric")
    private String metric;

    @JsonProperty("query")
    private String query;

    @JsonProperty("recipient")
    private String recipient;

    @JsonProperty("sender")
    private String sender;

    @JsonProperty("start")
    private String start;

    @JsonProperty("subject")
    private String subject;

    @JsonProperty("smtp_helo_ip")
    private String smtpHeloIp;

    @JsonProperty("submissions")
    private Boolean submissions;

    /**
     * Whether to include the action log (default false).
     *
     * @deprecated use GET /investigate/{investigate_id}/action_log (see {@link ActionEntry}) instead.
     */
    @Deprecated
    public Boolean getActionLog() {
        return actionLog;
    }

    /** @deprecated use GET /investigate/{investigate_id}/action_log (see {@link ActionEntry}) instead. */
    @Deprecated
    public void setActionLog(Boolean actionLog) {
        this.actionLog = actionLog;
    }

    /** Alert id filter; nullable. */
    public String getAlertId() {
        return alertId;
    }

    public void setAlertId(String alertId) {
        this.alertId = alertId;
    }

    /**
     * Delivery status filter. Allowed values: {@code delivered}, {@code moved}, {@code quarantined},
     * {@code rejected}, {@code deferred}, {@code bounced}, {@code queued}; values not listed here are
     * passed through unchanged.
     */
    public String getDeliveryStatus() {
        return deliveryStatus;
    }

    public void setDeliveryStatus(String deliveryStatus) {
        this.deliveryStatus = deliveryStatus;
    }

    /** Only detections (server default true). */
    public Boolean getDetectionsOnly() {
        return detectionsOnly;
    }

    public void setDetectionsOnly(Boolean detectionsOnly) {
        this.detectionsOnly = detectionsOnly;
    }

    /** Sender domain filter; nullable. */
    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    /** End of the search range (server default: now). */
    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    /** Exact subject filter; nullable. */
    public String getExactSubject() {
        return exactSubject;
    }

    public void setExactSubject(String exactSubject) {
        this.exactSubject = exactSubject;
    }

    /**
     * Final disposition filter. Allowed values: {@code MALICIOUS}, {@code MALICIOUS-BEC}, {@code
     * SUSPICIOUS}, {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code ENCRYPTED}, {@code EXTERNAL}, {@code
     * UNKNOWN}, {@code NONE}; values not listed here are passed through unchanged.
     */
    public String getFinalDisposition() {
        return finalDisposition;
    }

    public void setFinalDisposition(String finalDisposition) {
        this.finalDisposition = finalDisposition;
    }

    /**
     * Message action filter; nullable. Allowed values: {@code PREVIEW}, {@code QUARANTINE_RELEASED},
     * {@code MOVED}; values not listed here are passed through unchanged.
     */
    public String getMessageAction() {
        return messageAction;
    }

    public void setMessageAction(String messageAction) {
        this.messageAction = messageAction;
    }

    /** Message-ID filter; nullable. */
    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    /** Metric filter; nullable. */
    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    /** Free-text query (space-separated terms, case-insensitive); nullable. */
    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** Recipient filter; nullable. */
    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    /** Sender filter; nullable. */
    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    /** Start of the search range (server default: 30 days ago). */
    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    /** Subject filter; nullable. */
    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** SMTP HELO IP filter (newest API); nullable. */
    public String getSmtpHeloIp() {
        return smtpHeloIp;
    }

    public void setSmtpHeloIp(String smtpHeloIp) {
        this.smtpHeloIp = smtpHeloIp;
    }

    /** Search the submissions store (server default false). */
    public Boolean getSubmissions() {
        return submissions;
    }

    public void setSubmissions(Boolean submissions) {
        this.submissions = submissions;
    }
}
