package dev.emailsecurity.camel.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What a bulk action job and each message of it both carry: the action, when it was created, and its status. The
 * base of {@link BulkJobDetail} and {@link BulkActionMessageDetail}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
public abstract class BulkActionState {

    @JsonProperty("action_params")
    private Map<String, Object> actionParams;

    @JsonProperty("action_type")
    private String actionType;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("status")
    private String status;

    @JsonProperty("status_message")
    private String statusMessage;

    /**
     * Action parameters, a union discriminated by key {@code type}: {@code MOVE} also carries {@code destination}
     * and optionally {@code expected_disposition}; {@code RELEASE} carries nothing else. On a message of the job,
     * both also carry {@code client_recipient}.
     */
    public Map<String, Object> getActionParams() {
        return actionParams;
    }

    public void setActionParams(Map<String, Object> actionParams) {
        this.actionParams = actionParams;
    }

    /**
     * The job's action. Allowed values: {@code MOVE}, {@code RELEASE}; values not listed here are passed through
     * unchanged.
     */
    public String getActionType() {
        return actionType;
    }

    public void setActionType(String actionType) {
        this.actionType = actionType;
    }

    /** When the job, or the entry of a message in it, was created. */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Status of the job or of the message in it. Allowed values: {@code PENDING}, {@code DISCOVERING}, {@code
     * PROCESSING}, {@code COMPLETED}, {@code FAILED}, {@code CANCELLED}, {@code SKIPPED}; values not listed here
     * are passed through unchanged.
     */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Status message; nullable. */
    public String getStatusMessage() {
        return statusMessage;
    }

    public void setStatusMessage(String statusMessage) {
        this.statusMessage = statusMessage;
    }
}
