package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An email allow policy.
 * Returned by {@code settings.allow_policies.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.allow_policies.batch}. Unset
 * fields are not sent. Create requires is_acceptable_sender, is_exempt_recipient, is_regex,
 * is_trusted_sender, pattern, pattern_type and verify_sender.
 */
public class AllowPolicy extends SenderPatternEntry {

    @JsonProperty("is_acceptable_sender")
    private Boolean isAcceptableSender;

    @JsonProperty("is_exempt_recipient")
    private Boolean isExemptRecipient;

    @JsonProperty("is_recipient")
    @Deprecated
    private Boolean isRecipient;

    @JsonProperty("is_sender")
    @Deprecated
    private Boolean isSender;

    @JsonProperty("is_spoof")
    @Deprecated
    private Boolean isSpoof;

    @JsonProperty("is_trusted_sender")
    private Boolean isTrustedSender;

    @JsonProperty("verify_sender")
    private Boolean verifySender;

    /**
     * Exempts messages from this sender from Spam, Spoof and Bulk dispositions only; Malicious and
     * Suspicious still apply.
     */
    @JsonProperty("is_acceptable_sender")
    public Boolean isAcceptableSender() {
        return isAcceptableSender;
    }

    public void setIsAcceptableSender(Boolean isAcceptableSender) {
        this.isAcceptableSender = isAcceptableSender;
    }

    /** Bypasses all detections for messages to this recipient. */
    @JsonProperty("is_exempt_recipient")
    public Boolean isExemptRecipient() {
        return isExemptRecipient;
    }

    public void setIsExemptRecipient(Boolean isExemptRecipient) {
        this.isExemptRecipient = isExemptRecipient;
    }

    /**
     * Legacy recipient flag.
     *
     * @deprecated use {@link #isExemptRecipient()} instead.
     */
    @Deprecated
    @JsonProperty("is_recipient")
    public Boolean isRecipient() {
        return isRecipient;
    }

    /** @deprecated use {@link #isExemptRecipient()} instead. */
    @Deprecated
    public void setIsRecipient(Boolean isRecipient) {
        this.isRecipient = isRecipient;
    }

    /**
     * Legacy sender flag.
     *
     * @deprecated use {@link #isTrustedSender()} instead.
     */
    @Deprecated
    @JsonProperty("is_sender")
    public Boolean isSender() {
        return isSender;
    }

    /** @deprecated use {@link #isTrustedSender()} instead. */
    @Deprecated
    public void setIsSender(Boolean isSender) {
        this.isSender = isSender;
    }

    /**
     * Legacy spoof flag.
     *
     * @deprecated use {@link #isAcceptableSender()} instead.
     */
    @Deprecated
    @JsonProperty("is_spoof")
    public Boolean isSpoof() {
        return isSpoof;
    }

    /** @deprecated use {@link #isAcceptableSender()} instead. */
    @Deprecated
    public void setIsSpoof(Boolean isSpoof) {
        this.isSpoof = isSpoof;
    }

    /** Bypasses all detections and link following for messages from this sender. */
    @JsonProperty("is_trusted_sender")
    public Boolean isTrustedSender() {
        return isTrustedSender;
    }

    public void setIsTrustedSender(Boolean isTrustedSender) {
        this.isTrustedSender = isTrustedSender;
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
