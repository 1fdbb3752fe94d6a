package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A blocked sender pattern.
 * Returned by {@code settings.block_senders.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.block_senders.batch}. Unset fields
 * are not sent. Create requires is_regex, pattern and pattern_type.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class BlockedSender extends SenderPatternEntry {

    /** Creates an empty instance. */
    public BlockedSender() {
    }
}
