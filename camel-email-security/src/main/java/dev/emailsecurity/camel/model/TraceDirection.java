package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * One direction (inline {@code inbound} or {@code outbound} object) of a {@link MessageTrace}.
 * Part of the {@code investigate.trace.get} result.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TraceDirection {

    @JsonProperty("lines")
    private List<TraceLine> lines;

    @JsonProperty("pending")
    private Boolean pending;

    /** Trace lines; nullable. */
    public List<TraceLine> getLines() {
        return lines;
    }

    public void setLines(List<TraceLine> lines) {
        this.lines = lines;
    }

    /** Whether more trace lines are pending; nullable. */
    public Boolean getPending() {
        return pending;
    }

    public void setPending(Boolean pending) {
        this.pending = pending;
    }
}
