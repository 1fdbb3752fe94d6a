package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A commented settings entry that matches mail by a pattern. */
public abstract class PatternSettingsEntry extends CommentedSettingsEntry {

    @JsonProperty("pattern")
    private String pattern;

    /**
     * The pattern to match, 1 to 1024 characters; for sender patterns its format depends on {@code pattern_type}:
     * an email address, a domain name, or a public IP address or CIDR block.
     */
    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }
}
