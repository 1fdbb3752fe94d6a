package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A reclassification submission.
 * Returned (as a list) by {@code submissions.list}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Submission {

    @JsonProperty("customer_status")
    private String customerStatus;

    @JsonProperty("escalated_as")
    private String escalatedAs;

    @JsonProperty("escalated_at")
    private String escalatedAt;

    @JsonProperty("escalated_by")
    private String escalatedBy;

    @JsonProperty("escalated_submission_id")
    private String escalatedSubmissionId;

    @JsonProperty("original_disposition")
    private String originalDisposition;

    @JsonProperty("original_edf_hash")
    private String originalEdfHash;

    @JsonProperty("original_postfix_id")
    private String originalPostfixId;

    @JsonProperty("outcome")
    private String outcome;

    @JsonProperty("outcome_disposition")
    private String outcomeDisposition;

    @JsonProperty("requested_at")
    private String requestedAt;

    @JsonProperty("requested_by")
    private String requestedBy;

    @JsonProperty("requested_disposition")
    private String requestedDisposition;

    @JsonProperty("requested_ts")
    @Deprecated
    private String requestedTs;

    @JsonProperty("status")
    private String status;

    @JsonProperty("subject")
    private String subject;

    @JsonProperty("submission_id")
    private String submissionId;

    @JsonProperty("type")
    private String type;

    /**
     * Review status; nullable. Allowed values: {@code escalated}, {@code reviewed}, {@code unreviewed};
     * values not listed here are passed through unchanged.
     */
    public String getCustomerStatus() {
        return customerStatus;
    }

    public void setCustomerStatus(String customerStatus) {
        this.customerStatus = customerStatus;
    }

    /**
     * Disposition the submission was escalated as; nullable. Allowed values: {@code MALICIOUS}, {@code
     * SUSPICIOUS}, {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code NONE}; values not listed here are
     * passed through unchanged.
     */
    public String getEscalatedAs() {
        return escalatedAs;
    }

    public void setEscalatedAs(String escalatedAs) {
        this.escalatedAs = escalatedAs;
    }

    /** When the submission was escalated; nullable. */
    public String getEscalatedAt() {
        return escalatedAt;
    }

    public void setEscalatedAt(String escalatedAt) {
        this.escalatedAt = escalatedAt;
    }

    /** Who escalated the submission; nullable. */
    public String getEscalatedBy() {
        return escalatedBy;
    }

    public void setEscalatedBy(String escalatedBy) {
        this.escalatedBy = escalatedBy;
    }

    /** Id of the escalated submission; nullable. */
    public String getEscalatedSubmissionId() {
        return escalatedSubmissionId;
    }

    public void setEscalatedSubmissionId(String escalatedSubmissionId) {
        this.escalatedSubmissionId = escalatedSubmissionId;
    }

    /**
     * Original disposition; nullable. Allowed values: {@code MALICIOUS}, {@code SUSPICIOUS}, {@code
     * SPOOF}, {@code SPAM}, {@code BULK}, {@code NONE}; values not listed here are passed through
     * unchanged.
     */
    public String getOriginalDisposition() {
        return originalDisposition;
    }

    public void setOriginalDisposition(String originalDisposition) {
        this.originalDisposition = originalDisposition;
    }

    /** EDF hash of the original message; nullable. */
    public String getOriginalEdfHash() {
        return originalEdfHash;
    }

    public void setOriginalEdfHash(String originalEdfHash) {
        this.originalEdfHash = originalEdfHash;
    }

    /** Postfix id of the original message that was submitted; nullable. */
    public String getOriginalPostfixId() {
        return originalPostfixId;
    }

    public void setOriginalPostfixId(String originalPostfixId) {
        this.originalPostfixId = originalPostfixId;
    }

    /** Outcome; nullable. */
    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    /**
     * Outcome disposition; nullable. Allowed values: {@code MALICIOUS}, {@code SUSPICIOUS}, {@code SPOOF},
     * {@code SPAM}, {@code BULK}, {@code NONE}; values not listed here are passed through unchanged.
     */
    public String getOutcomeDisposition() {
        return outcomeDisposition;
    }

    public void setOutcomeDisposition(String outcomeDisposition) {
        this.outcomeDisposition = outcomeDisposition;
    }

    /** When the submission was requested (UTC). */
    public String getRequestedAt() {
        return requestedAt;
    }

    public void setRequestedAt(String requestedAt) {
        this.requestedAt = requestedAt;
    }

    /** Who requested the submission; nullable. */
    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    /**
     * Requested disposition; nullable. Allowed values: {@code MALICIOUS}, {@code SUSPICIOUS}, {@code
     * SPOOF}, {@code SPAM}, {@code BULK}, {@code NONE}; values not listed here are passed through
     * unchanged.
     */
    public String getRequestedDisposition() {
        return requestedDisposition;
    }

    public void setRequestedDisposition(String requestedDisposition) {
        this.requestedDisposition = requestedDisposition;
    }

    /**
     * Request time as a plain string (read-only).
     *
     * @deprecated use {@link #getRequestedAt()} instead.
     */
    @Deprecated
    public String getRequestedTs() {
        return requestedTs;
    }

    /** @deprecated use {@link #getRequestedAt()} instead. */
    @Deprecated
    public void setRequestedTs(String requestedTs) {
        this.requestedTs = requestedTs;
    }

    /** Status; nullable. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Subject of the message; nullable. */
    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** Submission identifier. */
    public String getSubmissionId() {
        return submissionId;
    }

    public void setSubmissionId(String submissionId) {
        this.submissionId = submissionId;
    }

    /**
     * Whether a team member or an end user created the submission; nullable. Allowed values: {@code Team},
     * {@code User}; values not listed here are passed through unchanged.
     */
    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}
