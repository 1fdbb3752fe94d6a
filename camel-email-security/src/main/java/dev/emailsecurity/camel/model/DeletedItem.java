package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The identifier of a deleted (or to-be-deleted) settings entry: {@code {"id": "..."}}.
 * Returned by every {@code settings.*.delete} (schemas {@code Deleted*}) and {@code
 * investigate.bulk.delete}; request and result item of {@code settings.domains.bulk_delete}; the
 * {@code deletes} items of {@link BatchRequest} and {@link BatchResult}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DeletedItem {

    @JsonProperty("id")
    private String id;

    /** Creates an empty instance. */
    public DeletedItem() {
    }

    /**
     * Creates an instance for the given id.
     *
     * @param id identifier of the entry
     */
    public DeletedItem(String id) {
        this.id = id;
    }

    /**
     * Wraps ids, e.g. for the {@code settings.domains.bulk_delete} body or {@link BatchRequest#setDeletes(List)}.
     *
     * @param ids identifiers
     * @return one item per id, in order
     */
    public static List<DeletedItem> of(Collection<String> ids) {
        return ids.stream().map(DeletedItem::new).collect(Collectors.toCollection(ArrayList::new));
    }

    /** Identifier of the entry. Integer ids of older API versions are read as strings. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
