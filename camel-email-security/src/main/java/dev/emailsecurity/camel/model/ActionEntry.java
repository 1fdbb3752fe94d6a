package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An action performed on a message after delivery.
 * Returned (as a list) by GET /investigate/{investigate_id}/action_log (no SDK method; suggested name
 * {@code investigate.action_log.get}).
 */
public class ActionEntry extends ActionRecord {

    @JsonProperty("started_at")
    private String startedAt;

    @JsonProperty("success")
    private Boolean success;

    /** When the action was initiated; nullable. */
    public String getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(String startedAt) {
        this.startedAt = startedAt;
    }

    /** Whether the action succeeded; nullable. */
    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }
}
