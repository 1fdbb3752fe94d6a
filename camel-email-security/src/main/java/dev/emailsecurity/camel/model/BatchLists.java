package dev.emailsecurity.camel.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The four lists of a settings {@code batch} operation, in the order the API applies them: {@code deletes}, then
 * {@code patches}, {@code puts} and {@code posts}. The base of the request ({@link BatchRequest}) and of the result
 * ({@link BatchResult}).
 *
 * @param <T> the entity type of {@code patches}, {@code puts} and {@code posts}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "deletes", "patches", "puts", "posts" })
public abstract class BatchLists<T> {

    @JsonProperty("deletes")
    private List<DeletedItem> deletes;

    @JsonProperty("patches")
    private List<T> patches;

    @JsonProperty("puts")
    private List<T> puts;

    @JsonProperty("posts")
    private List<T> posts;

    /** Entries to delete, or deleted, by id. */
    public List<DeletedItem> getDeletes() {
        return deletes;
    }

    public void setDeletes(List<DeletedItem> deletes) {
        this.deletes = deletes;
    }

    /**
     * Partial updates (each item needs {@code id} and carries only the fields to change), or the entries after
     * them.
     */
    public List<T> getPatches() {
        return patches;
    }

    public void setPatches(List<T> patches) {
        this.patches = patches;
    }

    /** Full replacements (each item needs {@code id} and all fields the resource requires), or the entries after them. */
    public List<T> getPuts() {
        return puts;
    }

    public void setPuts(List<T> puts) {
        this.puts = puts;
    }

    /** New entries (with the fields the resource's create operation requires), or the entries created. */
    public List<T> getPosts() {
        return posts;
    }

    public void setPosts(List<T> posts) {
        this.posts = posts;
    }
}
