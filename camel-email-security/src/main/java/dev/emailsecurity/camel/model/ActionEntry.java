package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * An action performed on a message after delivery.
 * Returned (as a list) by GET /investigate/{investigate_id}/action_log (no SDK method; suggested name
 * {@code investigate.action_log.get}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ActionEntry {

    @JsonProperty("completed_at")
    private String completedAt;

    @JsonProperty("operation")
    private String operation;

    @JsonProperty("properties")
    private Map<String, Object> properties;

    @JsonProperty("started_at")
    private String startedAt;

    @JsonProperty("status")
    private String status;

    @JsonProperty("success")
    private Boolean success;

    /** Creates an empty instance. */
    public ActionEntry() {
    }

    /**
     * When the action completed; nullable.
     */
    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /**
     * Type of action. Allowed values: {@code PREVIEW}, {@code QUARANTINE_RELEASE}, {@code SUBMISSION},
     * {@code MOVE}; values not listed here are passed through unchanged.
     */
    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    /**
     * Additional properties of the action (schema {@code ActionEntryProperties}); nullable. Known keys:
     * {@code folder} (target folder of a move), {@code requested_by} (user who requested the action).
     */
    public Map<String, Object> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, Object> properties) {
        this.properties = properties;
    }

    /**
     * When the action was initiated; nullable.
     */
    public String getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(String startedAt) {
        this.startedAt = startedAt;
    }

    /**
     * Status of the action; nullable.
     */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /**
     * Whether the action succeeded; nullable.
     */
    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }
}
