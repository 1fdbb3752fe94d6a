package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A sending domain restriction: mail from the domain without TLS is dropped.
 * Returned by {@code settings.sending_domain_restrictions.create}, {@code .get}, {@code .edit} and (as
 * a list) {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH). Unset
 * fields are not sent. Create requires domain and exclude. The batch operation of this resource only
 * accepts deletes (see {@link BatchRequest#deletesOnly(java.util.Collection)}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SendingDomainRestriction {

    @JsonProperty("comments")
    private String comments;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("domain")
    private String domain;

    @JsonProperty("exclude")
    private List<String> exclude;

    @JsonProperty("id")
    private String id;

    @JsonProperty("last_modified")
    @Deprecated
    private String lastModified;

    @JsonProperty("modified_at")
    private String modifiedAt;

    /** Creates an empty instance. */
    public SendingDomainRestriction() {
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
     * Domain that requires TLS.
     */
    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    /**
     * Subdomains exempt from the TLS requirement.
     */
    public List<String> getExclude() {
        return exclude;
    }

    public void setExclude(List<String> exclude) {
        this.exclude = exclude;
    }

    /**
     * Sending domain restriction identifier (read-only; required in batch {@code patches}/{@code puts}
     * items). Integer ids of older API versions are read as strings.
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
}
