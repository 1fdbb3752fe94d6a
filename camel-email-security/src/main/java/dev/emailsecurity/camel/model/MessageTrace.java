package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The delivery trace of a message.
 * Returned by {@code investigate.trace.get}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MessageTrace {

    @JsonProperty("inbound")
    private TraceDirection inbound;

    @JsonProperty("outbound")
    private TraceDirection outbound;

    /** Inbound trace. */
    public TraceDirection getInbound() {
        return inbound;
    }

    public void setInbound(TraceDirection inbound) {
        this.inbound = inbound;
    }

    /** Outbound trace. */
    public TraceDirection getOutbound() {
        return outbound;
    }

    public void setOutbound(TraceDirection outbound) {
        this.outbound = outbound;
    }
}
