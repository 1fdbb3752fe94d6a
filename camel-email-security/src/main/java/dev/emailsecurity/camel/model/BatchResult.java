package dev.emailsecurity.camel.model;

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
public class BatchResult<T> extends BatchLists<T> {
}
