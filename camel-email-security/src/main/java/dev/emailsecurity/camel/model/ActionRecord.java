package dev.emailsecurity.camel.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An action performed on a message after delivery, as both the action log operation ({@link ActionEntry}) and the
 * deprecated {@code action_log} field of {@link MessageDetails} ({@link ActionLogEntry}) describe it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
public abstract class ActionRecord {

    @JsonProperty("completed_at")
    private String completedAt;

    @JsonProperty("operation")
    private String operation;

    @JsonProperty("properties")
    private Map<String, Object> properties;

    @JsonProperty("status")
    private String status;

    /** When the action completed; nullable. */
    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /**
     * Type of action. Allowed values: {@code MOVE}, {@code RELEASE}, {@code RECLASSIFY}, {@code SUBMISSION},
     * {@code QUARANTINE_RELEASE}, {@code PREVIEW} ({@link ActionEntry}: {@code PREVIEW}, {@code QUARANTINE_RELEASE},
     * {@code SUBMISSION}, {@code MOVE}); values not listed here are passed through unchanged.
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

    /** Status of the action; nullable. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
