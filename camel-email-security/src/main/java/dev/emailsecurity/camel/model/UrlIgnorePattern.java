package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A URL ignore pattern that exempts matching URLs from URL rewriting.
 * Returned by {@code settings.url_ignore_patterns.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.url_ignore_patterns.batch}. Unset
 * fields are not sent. Create requires pattern; create, edit and batch posts/puts reject any property
 * besides comments and pattern (and id in batch items), so do not send back a fetched instance with
 * its read-only fields set.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class UrlIgnorePattern {

    @JsonProperty("comments")
    private String comments;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("id")
    private String id;

    @JsonProperty("last_modified")
    @Deprecated
    private String lastModified;

    @JsonProperty("modified_at")
    private String modifiedAt;

    @JsonProperty("pattern")
    private String pattern;

    /** Creates an empty instance. */
    public UrlIgnorePattern() {
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
     * URL ignore pattern identifier (read-only; required in batch {@code patches}/{@code puts} items).
     * Integer ids of older API versions are read as strings.
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
     * The pattern to match, 1 to 1024 characters. A regular expression identifying the URLs to exempt.
     */
    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }
}
