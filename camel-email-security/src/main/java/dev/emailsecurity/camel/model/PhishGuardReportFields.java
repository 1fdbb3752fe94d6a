package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Message fields of a PhishGuard report (inline {@code fields} object).
 * Part of {@link PhishGuardReport} ({@code phishguard.reports.list}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PhishGuardReportFields {

    @JsonProperty("from")
    private String from;

    @JsonProperty("occurred_at")
    private String occurredAt;

    @JsonProperty("postfix_id")
    private String postfixId;

    @JsonProperty("to")
    private List<String> to;

    @JsonProperty("ts")
    @Deprecated
    private String ts;

    /** Sender; nullable. */
    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** When the event occurred (read-only). */
    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    /** Postfix id of the message; nullable. */
    public String getPostfixId() {
        return postfixId;
    }

    public void setPostfixId(String postfixId) {
        this.postfixId = postfixId;
    }

    /** Recipients. */
    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = to;
    }

    /**
     * When the event occurred (read-only).
     *
     * @deprecated use {@link #getOccurredAt()} instead.
     */
    @Deprecated
    public String getTs() {
        return ts;
    }

    /** @deprecated use {@link #getOccurredAt()} instead. */
    @Deprecated
    public void setTs(String ts) {
        this.ts = ts;
    }
}
