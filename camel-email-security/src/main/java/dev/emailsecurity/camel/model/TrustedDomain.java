package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A trusted email domain.
 * Returned by {@code settings.trusted_domains.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.trusted_domains.batch}. Unset
 * fields are not sent. Create requires is_recent, is_regex, is_similarity and pattern.
 */
public class TrustedDomain extends PatternSettingsEntry {

    @JsonProperty("is_recent")
    private Boolean isRecent;

    @JsonProperty("is_regex")
    private Boolean isRegex;

    @JsonProperty("is_similarity")
    private Boolean isSimilarity;

    /** Prevents recently registered domains from triggering a Suspicious or Malicious disposition. */
    @JsonProperty("is_recent")
    public Boolean isRecent() {
        return isRecent;
    }

    public void setIsRecent(Boolean isRecent) {
        this.isRecent = isRecent;
    }

    /** Whether {@code pattern} is a regular expression. */
    @JsonProperty("is_regex")
    public Boolean isRegex() {
        return isRegex;
    }

    public void setIsRegex(Boolean isRegex) {
        this.isRegex = isRegex;
    }

    /** For partner or other approved domains spelled similarly to your own; prevents a Spoof disposition. */
    @JsonProperty("is_similarity")
    public Boolean isSimilarity() {
        return isSimilarity;
    }

    public void setIsSimilarity(Boolean isSimilarity) {
        this.isSimilarity = isSimilarity;
    }
}
