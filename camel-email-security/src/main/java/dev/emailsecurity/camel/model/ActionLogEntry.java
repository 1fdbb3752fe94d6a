package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * An entry of the deprecated {@code action_log} field of {@link MessageDetails}.
 * Returned inside {@code investigate.list} and {@code investigate.get} results; the replacement
 * endpoint returns {@link ActionEntry}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ActionLogEntry {

    @JsonProperty("completed_at")
    private String completedAt;

    @JsonProperty("completed_timestamp")
    @Deprecated
    private String completedTimestamp;

    @JsonProperty("operation")
    private String operation;

    @JsonProperty("properties")
    private Map<String, Object> properties;

    @JsonProperty("status")
    private String status;

    /** Creates an empty instance. */
    public ActionLogEntry() {
    }

    /**
     * When the action completed (read-only).
     */
    public String getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(String completedAt) {
        this.completedAt = completedAt;
    }

    /**
     * Completion time as a plain string (read-only).
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

    /**
     * Type of action performed. Allowed values: {@code MOVE}, {@code RELEASE}, {@code RECLASSIFY}, {@code
     * SUBMISSION}, {@code QUARANTINE_RELEASE}, {@code PREVIEW}; values not listed here are passed through
     * unchanged.
     */
    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    /**
     * Additional properties of the action. Known keys: {@code folder} (target folder of a move), {@code
     * requested_by} (user who requested the action).
     */
    public Map<String, Object> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, Object> properties) {
        this.properties = properties;
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
}
