package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An entry of the deprecated {@code action_log} field of {@link MessageDetails}.
 * Returned inside {@code investigate.list} and {@code investigate.get} results; the replacement
 * endpoint returns {@link ActionEntry}.
 */
public class ActionLogEntry extends ActionRecord {

    @JsonProperty("completed_timestamp")
    @Deprecated
    private String completedTimestamp;

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
}
