package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Result of the settings {@code batch} operations: the deleted ids and the patched, replaced and created
 * entries.
 * Returned by {@code settings.allow_policies.batch}, {@code settings.block_senders.batch},
 * {@code settings.content_policies.batch}, {@code settings.domains.batch}, {@code settings.trusted_domains.batch}
 * and {@code settings.url_ignore_patterns.batch}; {@code settings.sending_domain_restrictions.batch} returns
 * only {@code deletes}.
 *
 * @param <T> the entity type of {@code patches}, {@code puts} and {@code posts}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BatchResult<T> {

    @JsonProperty("deletes")
    private List<DeletedItem> deletes;

    @JsonProperty("patches")
    private List<T> patches;

    @JsonProperty("puts")
    private List<T> puts;

    @JsonProperty("posts")
    private List<T> posts;

    /** Creates an empty instance. */
    public BatchResult() {
    }

    /** Ids of the deleted entries. */
    public List<DeletedItem> getDeletes() {
        return deletes;
    }

    public void setDeletes(List<DeletedItem> deletes) {
        this.deletes = deletes;
    }

    /** Entries after their partial update. */
    public List<T> getPatches() {
        return patches;
    }

    public void setPatches(List<T> patches) {
        this.patches = patches;
    }

    /** Entries after their replacement. */
    public List<T> getPuts() {
        return puts;
    }

    public void setPuts(List<T> puts) {
        this.puts = puts;
    }

    /** Created entries. */
    public List<T> getPosts() {
        return posts;
    }

    public void setPosts(List<T> posts) {
        this.posts = posts;
    }
}
