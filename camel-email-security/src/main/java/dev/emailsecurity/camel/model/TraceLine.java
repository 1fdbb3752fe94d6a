package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A line of a message trace.
 * Part of {@link TraceDirection} ({@code investigate.trace.get}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TraceLine {

    @JsonProperty("lineno")
    private Integer lineno;

    @JsonProperty("logged_at")
    private String loggedAt;

    @JsonProperty("message")
    private String message;

    @JsonProperty("ts")
    @Deprecated
    private String ts;

    /** Line number in the trace log. */
    public Integer getLineno() {
        return lineno;
    }

    public void setLineno(Integer lineno) {
        this.lineno = lineno;
    }

    /** When the line was logged (read-only); nullable. */
    public String getLoggedAt() {
        return loggedAt;
    }

    public void setLoggedAt(String loggedAt) {
        this.loggedAt = loggedAt;
    }

    /** Log message. */
    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    /**
     * Log time as a plain string (read-only).
     *
     * @deprecated use {@link #getLoggedAt()} instead.
     */
    @Deprecated
    public String getTs() {
        return ts;
    }

    /** @deprecated use {@link #getLoggedAt()} instead. */
    @Deprecated
    public void setTs(String ts) {
        this.ts = ts;
    }
}
