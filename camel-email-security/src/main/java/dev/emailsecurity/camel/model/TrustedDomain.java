package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A trusted email domain.
 * Returned by {@code settings.trusted_domains.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.trusted_domains.batch}. Unset
 * fields are not sent. Create requires is_recent, is_regex, is_similarity and pattern.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class TrustedDomain {

    @JsonProperty("comments")
    private String comments;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("id")
    private String id;

    @JsonProperty("is_recent")
    private Boolean isRecent;

    @JsonProperty("is_regex")
    private Boolean isRegex;

    @JsonProperty("is_similarity")
    private Boolean isSimilarity;

    @JsonProperty("last_modified")
    @Deprecated
    private String lastModified;

    @JsonProperty("modified_at")
    private String modifiedAt;

    @JsonProperty("pattern")
    private String pattern;

    /** Creates an empty instance. */
    public TrustedDomain() {
    }

    /**
     * Free-text comment, at most 1024 characters; nullable.
     */
    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    /**
     * When the entry was created (read-only).
     */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Trusted domain identifier (read-only; required in batch {@code patches}/{@code puts} items). Integer
     * ids of older API versions are read as strings.
     */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /**
     * Prevents recently registered domains from triggering a Suspicious or Malicious disposition.
     */
    public Boolean getIsRecent() {
        return isRecent;
    }

    public void setIsRecent(Boolean isRecent) {
        this.isRecent = isRecent;
    }

    /**
     * Whether {@code pattern} is a regular expression.
     */
    public Boolean getIsRegex() {
        return isRegex;
    }

    public void setIsRegex(Boolean isRegex) {
        this.isRegex = isRegex;
    }

    /**
     * For partner or other approved domains spelled similarly to your own; prevents a Spoof disposition.
     */
    public Boolean getIsSimilarity() {
        return isSimilarity;
    }

    public void setIsSimilarity(Boolean isSimilarity) {
        this.isSimilarity = isSimilarity;
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

    /**
     * When the entry was last modified (read-only).
     */
    public String getModifiedAt() {
        return modifiedAt;
    }

    public void setModifiedAt(String modifiedAt) {
        this.modifiedAt = modifiedAt;
    }

    /**
     * The pattern to match, 1 to 1024 characters.
     */
    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }
}
