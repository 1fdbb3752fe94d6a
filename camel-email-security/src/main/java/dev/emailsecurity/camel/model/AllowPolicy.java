package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
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

    /** Creates an empty instance. */
    public AllowPolicy() {
    }

    /**
     * Exempts messages from this sender from Spam, Spoof and Bulk dispositions only; Malicious and
     * Suspicious still apply.
     */
    public Boolean getIsAcceptableSender() {
        return isAcceptableSender;
    }

    /** {@link #getIsAcceptableSender()} under the name Simple looks for: {@code ${body.acceptableSender}}. */
    @JsonIgnore
    public Boolean isAcceptableSender() {
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

    /** {@link #getIsExemptRecipient()} under the name Simple looks for: {@code ${body.exemptRecipient}}. */
    @JsonIgnore
    public Boolean isExemptRecipient() {
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

    /** {@link #getIsRecipient()} under the name Simple looks for: {@code ${body.recipient}}. */
    @Deprecated
    @JsonIgnore
    public Boolean isRecipient() {
        return isRecipient;
    }

    /** @deprecated use {@link #getIsExemptRecipient()} instead. */
    @Deprecated
    public void setIsRecipient(Boolean isRecipient) {
        this.isRecipient = isRecipient;
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

    /** {@link #getIsSender()} under the name Simple looks for: {@code ${body.sender}}. */
    @Deprecated
    @JsonIgnore
    public Boolean isSender() {
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

    /** {@link #getIsSpoof()} under the name Simple looks for: {@code ${body.spoof}}. */
    @Deprecated
    @JsonIgnore
    public Boolean isSpoof() {
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

    /** {@link #getIsTrustedSender()} under the name Simple looks for: {@code ${body.trustedSender}}. */
    @JsonIgnore
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
