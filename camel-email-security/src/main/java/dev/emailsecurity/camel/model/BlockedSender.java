package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A blocked sender pattern.
 * Returned by {@code settings.block_senders.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.block_senders.batch}. Unset fields
 * are not sent. Create requires is_regex, pattern and pattern_type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BlockedSender {

    @JsonProperty("comments")
    private String comments;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("id")
    private String id;

    @JsonProperty("is_regex")
    private Boolean isRegex;

    @JsonProperty("last_modified")
    @Deprecated
    private String lastModified;

    @JsonProperty("modified_at")
    private String modifiedAt;

    @JsonProperty("pattern")
    private String pattern;

    @JsonProperty("pattern_type")
    private String patternType;

    /** Creates an empty instance. */
    public BlockedSender() {
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
     * Blocked sender identifier (read-only; required in batch {@code patches}/{@code puts} items). Integer
     * ids of older API versions are read as strings.
     */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
     * The pattern to match, 1 to 1024 characters. Its format depends on {@code pattern_type}: an email
     * address, a domain name, or a public IP address or CIDR block.
     */
    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Type of the pattern. Allowed values: {@code EMAIL}, {@code DOMAIN}, {@code IP}, {@code UNKNOWN};
     * values not listed here are passed through unchanged. {@code UNKNOWN} is a read-only legacy value
     * that is rejected on create and update.
     */
    public String getPatternType() {
        return patternType;
    }

    public void setPatternType(String patternType) {
        this.patternType = patternType;
    }
}
