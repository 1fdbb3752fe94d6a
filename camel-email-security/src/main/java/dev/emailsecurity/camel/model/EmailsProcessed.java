package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Mail processing statistics of a protected domain.
 * Part of {@link Domain} ({@code settings.domains.*}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class EmailsProcessed {

    @JsonProperty("timestamp")
    private String timestamp;

    @JsonProperty("total_emails_processed")
    private Long totalEmailsProcessed;

    @JsonProperty("total_emails_processed_previous")
    private Long totalEmailsProcessedPrevious;

    /** When the statistics were computed (read-only). */
    public String getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(String timestamp) {
        this.timestamp = timestamp;
    }

    /** Messages processed in the current period (at least 0). */
    public Long getTotalEmailsProcessed() {
        return totalEmailsProcessed;
    }

    public void setTotalEmailsProcessed(Long totalEmailsProcessed) {
        this.totalEmailsProcessed = totalEmailsProcessed;
    }

    /** Messages processed in the previous period (at least 0). */
    public Long getTotalEmailsProcessedPrevious() {
        return totalEmailsProcessedPrevious;
    }

    public void setTotalEmailsProcessedPrevious(Long totalEmailsProcessedPrevious) {
        this.totalEmailsProcessedPrevious = totalEmailsProcessedPrevious;
    }
}
