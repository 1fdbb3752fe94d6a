package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Request body of the settings {@code batch} operations: {@code deletes}, then {@code patches}, {@code puts}
 * and {@code posts}, applied atomically in that order, at most 1000 items each.
 * Accepted by {@code settings.allow_policies.batch}, {@code settings.block_senders.batch},
 * {@code settings.content_policies.batch}, {@code settings.domains.batch}, {@code settings.trusted_domains.batch}
 * and {@code settings.url_ignore_patterns.batch} (item type: the matching entity class, e.g.
 * {@code BatchRequest<AllowPolicy>}; {@code patches} and {@code puts} items must carry {@code id}), and, through
 * {@link #deletesOnly(Collection)}, by {@code settings.sending_domain_restrictions.batch}.
 * The API requires all four arrays, so they start out empty and are sent as {@code []}; a list set to
 * {@code null} is left out of the JSON.
 *
 * @param <T> the entity type of {@code patches}, {@code puts} and {@code posts}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BatchRequest<T> {

    @JsonProperty("deletes")
    private List<DeletedItem> deletes = new ArrayList<>();

    @JsonProperty("patches")
    private List<T> patches = new ArrayList<>();

    @JsonProperty("puts")
    private List<T> puts = new ArrayList<>();

    @JsonProperty("posts")
    private List<T> posts = new ArrayList<>();

    /** Creates a request with four empty lists. */
    public BatchRequest() {
    }

    /**
     * Creates a request that only deletes, with the other three lists present and empty.
     *
     * @param ids  identifiers of the entries to delete
     * @param <T>  the entity type
     * @return a new request
     */
    public static <T> BatchRequest<T> deleting(Collection<String> ids) {
        BatchRequest<T> request = new BatchRequest<>();
        request.setDeletes(DeletedItem.of(ids));
        return request;
    }

    /**
     * Creates a request whose JSON carries only {@code deletes}, as required by
     * {@code settings.sending_domain_restrictions.batch}.
     *
     * @param ids  identifiers of the entries to delete
     * @param <T>  the entity type
     * @return a new request
     */
    public static <T> BatchRequest<T> deletesOnly(Collection<String> ids) {
        BatchRequest<T> request = deleting(ids);
        request.setPatches(null);
        request.setPuts(null);
        request.setPosts(null);
        return request;
    }

    /** Entries to delete, by id. */
    public List<DeletedItem> getDeletes() {
        return deletes;
    }

    public void setDeletes(List<DeletedItem> deletes) {
        this.deletes = deletes;
    }

    /** Partial updates; each item needs {@code id} and carries only the fields to change. */
    public List<T> getPatches() {
        return patches;
    }

    public void setPatches(List<T> patches) {
        this.patches = patches;
    }

    /** Full replacements; each item needs {@code id} and all fields the resource requires. */
    public List<T> getPuts() {
        return puts;
    }

    public void setPuts(List<T> puts) {
        this.puts = puts;
    }

    /** New entries, with the fields the resource's create operation requires. */
    public List<T> getPosts() {
        return posts;
    }

    public void setPosts(List<T> posts) {
        this.posts = posts;
    }
}
