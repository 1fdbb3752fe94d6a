package dev.emailsecurity.camel.model;

import java.util.ArrayList;
import java.util.Collection;

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
public class BatchRequest<T> extends BatchLists<T> {

    /** Creates a request with four empty lists. */
    public BatchRequest() {
        setDeletes(new ArrayList<>());
        setPatches(new ArrayList<>());
        setPuts(new ArrayList<>());
        setPosts(new ArrayList<>());
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
}
