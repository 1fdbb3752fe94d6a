package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A pattern entry that matches senders: an address, a domain or an IP, literal or regular expression. */
public abstract class SenderPatternEntry extends PatternSettingsEntry {

    @JsonProperty("is_regex")
    private Boolean isRegex;

    @JsonProperty("pattern_type")
    private String patternType;

    /** Whether {@code pattern} is a regular expression. */
    @JsonProperty("is_regex")
    public Boolean isRegex() {
        return isRegex;
    }

    public void setIsRegex(Boolean isRegex) {
        this.isRegex = isRegex;
    }

    /**
     * Type of the pattern. Allowed values: {@code EMAIL}, {@code DOMAIN}, {@code IP}, {@code UNKNOWN}; values not
     * listed here are passed through unchanged. {@code UNKNOWN} is a read-only legacy value that is rejected on
     * create and update.
     */
    public String getPatternType() {
        return patternType;
    }

    public void setPatternType(String patternType) {
        this.patternType = patternType;
    }
}
