package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A PhishGuard report.
 * Returned (as a list) by {@code phishguard.reports.list}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PhishGuardReport {

    @JsonProperty("content")
    private String content;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("disposition")
    private String disposition;

    @JsonProperty("fields")
    private PhishGuardReportFields fields;

    @JsonProperty("id")
    private String id;

    @JsonProperty("priority")
    private String priority;

    @JsonProperty("tags")
    private List<PhishGuardReportTag> tags;

    @JsonProperty("title")
    private String title;

    @JsonProperty("ts")
    @Deprecated
    private String ts;

    @JsonProperty("updated_at")
    private String updatedAt;

    /** Report content. */
    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    /** When the report was created (read-only); nullable. */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Disposition. Allowed values: {@code MALICIOUS}, {@code MALICIOUS-BEC}, {@code SUSPICIOUS}, {@code
     * SPOOF}, {@code SPAM}, {@code BULK}, {@code ENCRYPTED}, {@code EXTERNAL}, {@code UNKNOWN}, {@code
     * NONE}; values not listed here are passed through unchanged.
     */
    public String getDisposition() {
        return disposition;
    }

    public void setDisposition(String disposition) {
        this.disposition = disposition;
    }

    /** Message fields the report refers to. */
    public PhishGuardReportFields getFields() {
        return fields;
    }

    public void setFields(PhishGuardReportFields fields) {
        this.fields = fields;
    }

    /** Report identifier (an integer in the API, kept as a string). */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Priority. */
    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    /** Tags; nullable. */
    public List<PhishGuardReportTag> getTags() {
        return tags;
    }

    public void setTags(List<PhishGuardReportTag> tags) {
        this.tags = tags;
    }

    /** Title. */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    /**
     * Creation time (read-only).
     *
     * @deprecated use {@link #getCreatedAt()} instead.
     */
    @Deprecated
    public String getTs() {
        return ts;
    }

    /** @deprecated use {@link #getCreatedAt()} instead. */
    @Deprecated
    public void setTs(String ts) {
        this.ts = ts;
    }

    /** When the report was last updated (read-only); nullable. */
    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }
}
