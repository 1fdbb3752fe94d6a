package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A content policy that blocks messages whose subject or body matches a pattern (newest SDK generation
 * only; not in the 2026-07-27 spec).
 * Returned by {@code settings.content_policies.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.content_policies.batch}. Unset
 * fields are not sent. Create requires enabled, name, pattern and targets.
 */
@JsonPropertyOrder({ "id", "created_at", "last_modified", "modified_at" })
public class ContentPolicy extends SettingsEntry {

    @JsonProperty("enabled")
    private Boolean enabled;

    @JsonProperty("name")
    private String name;

    @JsonProperty("notes")
    private String notes;

    @JsonProperty("pattern")
    private String pattern;

    @JsonProperty("targets")
    private List<String> targets;

    /** Whether the policy is active. */
    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    /** Policy name. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Notes; nullable. */
    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** The pattern to match. */
    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Parts of the message the pattern applies to. Each item: Allowed values: {@code SUBJECT}, {@code
     * BODY}; values not listed here are passed through unchanged.
     */
    public List<String> getTargets() {
        return targets;
    }

    public void setTargets(List<String> targets) {
        this.targets = targets;
    }
}
