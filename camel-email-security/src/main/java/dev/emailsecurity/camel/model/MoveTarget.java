package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where a move sends messages and the disposition it expects them to have: what a move request ({@link MoveRequest})
 * and a bulk action job ({@link BulkActionRequest}) both carry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
public abstract class MoveTarget {

    @JsonProperty("destination")
    private String destination;

    @JsonProperty("expected_disposition")
    private String expectedDisposition;

    /**
     * Target mailbox folder; required to move ({@code investigate.move.create} and {@code .bulk}, a bulk
     * {@code MOVE} job). Allowed values: {@code Inbox}, {@code JunkEmail},
     * {@code DeletedItems}, {@code RecoverableItemsDeletions}, {@code RecoverableItemsPurges}; values not listed here
     * are passed through unchanged.
     */
    public String getDestination() {
        return destination;
    }

    public void setDestination(String destination) {
        this.destination = destination;
    }

    /**
     * Disposition to record for the moved messages. Allowed values: {@code MALICIOUS}, {@code MALICIOUS-BEC}, {@code SUSPICIOUS}, {@code SPOOF}, {@code SPAM},
     * {@code BULK}, {@code ENCRYPTED}, {@code EXTERNAL}, {@code UNKNOWN}, {@code NONE}; values not listed here are
     * passed through unchanged.
     */
    public String getExpectedDisposition() {
        return expectedDisposition;
    }

    public void setExpectedDisposition(String expectedDisposition) {
        this.expectedDisposition = expectedDisposition;
    }
}
