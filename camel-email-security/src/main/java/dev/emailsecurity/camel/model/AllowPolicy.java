package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An email allow policy.
 * Returned by {@code settings.allow_policies.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.allow_policies.batch}. Unset
 * fields are not sent. Create requires is_acceptable_sender, is_exempt_recipient, is_regex,
 * is_trusted_sender, pattern, pattern_type and verify_sender.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class AllowPolicy {

    @JsonProperty("comments")
    private String comments;

    @JsonProperty("created_at")
    private String createdAt;

    @JsonProperty("id")
    private String id;

    @JsonProperty("is_acceptable_sender")
    private Boolean isAcceptableSender;

    @JsonProperty("is_exempt_recipient")
    private Boolean isExemptRecipient;

    @JsonProperty("is_recipient")
    @Deprecated
    private Boolean isRecipient;

    @JsonProperty("is_regex")
    private Boolean isRegex;

    @JsonProperty("is_sender")
    @Deprecated
    private Boolean isSender;

    @JsonProperty("is_spoof")
    @Deprecated
    private Boolean isSpoof;

    @JsonProperty("is_trusted_sender")
    private Boolean isTrustedSender;

    @JsonProperty("last_modified")
    @Deprecated
    private String lastModified;

    @JsonProperty("modified_at")
    private String modifiedAt;

    @JsonProperty("pattern")
    private String pattern;

    @JsonProperty("pattern_type")
    private String patternType;

    @JsonProperty("verify_sender")
    private Boolean verifySender;

    /** Creates an empty instance. */
    public AllowPolicy() {
    }

    /**
     * Free-text comment, at most 1024 characters; nullable.
     */
    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    /**
     * When the entry was created (read-only).
     */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    /**
     * Allow policy identifier (read-only; required in batch {@code patches}/{@code puts} items). Integer
     * ids of older API versions are read as strings.
     */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /**
     * Exempts messages from this sender from Spam, Spoof and Bulk dispositions only; Malicious and
     * Suspicious still apply.
     */
    public Boolean getIsAcceptableSender() {
        return isAcceptableSender;
    }

    public void setIsAcceptableSender(Boolean isAcceptableSender) {
        this.isAcceptableSender = isAcceptableSender;
    }

    /**
     * Bypasses all detections for messages to this recipient.
     */
    public Boolean getIsExemptRecipient() {
        return isExemptRecipient;
    }

    public void setIsExemptRecipient(Boolean isExemptRecipient) {
        this.isExemptRecipient = isExemptRecipient;
    }

    /**
     * Legacy recipient flag.
     *
     * @deprecated use {@link #getIsExemptRecipient()} instead.
     */
    @Deprecated
    public Boolean getIsRecipient() {
        return isRecipient;
    }

    /** @deprecated use {@link #getIsExemptRecipient()} instead. */
    @Deprecated
    public void setIsRecipient(Boolean isRecipient) {
        this.isRecipient = isRecipient;
    }

    /**
     * Whether {@code pattern} is a regular expression.
     */
    public Boolean getIsRegex() {
        return isRegex;
    }

    public void setIsRegex(Boolean isRegex) {
        this.isRegex = isRegex;
    }

    /**
     * Legacy sender flag.
     *
     * @deprecated use {@link #getIsTrustedSender()} instead.
     */
    @Deprecated
    public Boolean getIsSender() {
        return isSender;
    }

    /** @deprecated use {@link #getIsTrustedSender()} instead. */
    @Deprecated
    public void setIsSender(Boolean isSender) {
        this.isSender = isSender;
    }

    /**
     * Legacy spoof flag.
     *
     * @deprecated use {@link #getIsAcceptableSender()} instead.
     */
    @Deprecated
    public Boolean getIsSpoof() {
        return isSpoof;
    }

    /** @deprecated use {@link #getIsAcceptableSender()} instead. */
    @Deprecated
    public void setIsSpoof(Boolean isSpoof) {
        this.isSpoof = isSpoof;
    }

    /**
     * Bypasses all detections and link following for messages from this sender.
     */
    public Boolean getIsTrustedSender() {
        return isTrustedSender;
    }

    public void setIsTrustedSender(Boolean isTrustedSender) {
        this.isTrustedSender = isTrustedSender;
    }

    /**
     * When the entry was last modified (read-only).
     *
     * @deprecated use {@link #getModifiedAt()} instead.
     */
    @Deprecated
    public String getLastModified() {
        return lastModified;
    }

    /** @deprecated use {@link #getModifiedAt()} instead. */
    @Deprecated
    public void setLastModified(String lastModified) {
        this.lastModified = lastModified;
    }

    /**
     * When the entry was last modified (read-only).
     */
    public String getModifiedAt() {
        return modifiedAt;
    }

    public void setModifiedAt(String modifiedAt) {
        this.modifiedAt = modifiedAt;
    }

    /**
     * The pattern to match, 1 to 1024 characters. Its format depends on {@code pattern_type}: an email
     * address, a domain name, or a public IP address or CIDR block.
     */
    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    /**
     * Type of the pattern. Allowed values: {@code EMAIL}, {@code DOMAIN}, {@code IP}, {@code UNKNOWN};
     * values not listed here are passed through unchanged. {@code UNKNOWN} is a read-only legacy value
     * that is rejected on create and update.
     */
    public String getPatternType() {
        return patternType;
    }

    public void setPatternType(String patternType) {
        this.patternType = patternType;
    }

    /**
     * Enforce DMARC, SPF or DKIM authentication; when on, only policies that pass authentication are
     * honoured.
     */
    public Boolean getVerifySender() {
        return verifySender;
    }

    public void setVerifySender(Boolean verifySender) {
        this.verifySender = verifySender;
    }
}
