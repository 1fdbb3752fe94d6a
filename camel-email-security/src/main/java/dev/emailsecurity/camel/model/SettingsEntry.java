package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What every entry of a settings list carries: its identifier and its timestamps. The base of the eight settings
 * entities (allow policies, blocked senders, content policies, domains, impersonation registry, sending-domain
 * restrictions, trusted domains, URL ignore patterns). Properties are written in alphabetical order, as the API
 * documents them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
public abstract class SettingsEntry {

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("id")
    private String id;

    @JsonProperty("last_modified")
    @Deprecated
    private String lastModified;

    @JsonProperty("modified_at")
    private String modifiedAt;

    /** When the entry was created (read-only). */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Identifier of the entry (read-only; required in batch {@code patches}/{@code puts} items). Integer ids of
     * older API versions are read as strings.
     */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /**
     * When the entry was last modified (read-only).
     *
     * @deprecated use {@link #getModifiedAt()} instead.
     */
    @Deprecated
    public String getLastModified() {
        return lastModified;
    }

    /** @deprecated use {@link #getModifiedAt()} instead. */
    @Deprecated
    public void setLastModified(String lastModified) {
        this.lastModified = lastModified;
    }

    /** When the entry was last modified (read-only). */
    public String getModifiedAt() {
        return modifiedAt;
    }

    public void setModifiedAt(String modifiedAt) {
        this.modifiedAt = modifiedAt;
    }
}
