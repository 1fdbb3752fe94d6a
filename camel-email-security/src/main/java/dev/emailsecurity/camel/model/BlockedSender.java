package dev.emailsecurity.camel.model;

/**
 * A blocked sender pattern.
 * Returned by {@code settings.block_senders.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.block_senders.batch}. Unset fields
 * are not sent. Create requires is_regex, pattern and pattern_type.
 */
public class BlockedSender extends SenderPatternEntry {
}
