package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;
import java.util.Map;

/**
 * A message found by the investigation search.
 * Returned by {@code investigate.list} (one per search hit) and {@code investigate.get}.
 */
@JsonPropertyOrder(alphabetic = true)
public class MessageDetails extends MessageHeaderFields {

    @JsonProperty("action_log")
    @Deprecated
    private List<ActionLogEntry> actionLog;

    @JsonProperty("alert_id")
    private String alertId;

    @JsonProperty("client_recipients")
    private List<String> clientRecipients;

    @JsonProperty("delivery_mode")
    private String deliveryMode;

    @JsonProperty("delivery_status")
    private List<String> deliveryStatus;

    @JsonProperty("detection_reasons")
    private List<String> detectionReasons;

    @JsonProperty("edf_hash")
    private String edfHash;

    @JsonProperty("envelope_from")
    private String envelopeFrom;

    @JsonProperty("envelope_to")
    private List<String> envelopeTo;

    @JsonProperty("final_disposition")
    private String finalDisposition;

    @JsonProperty("findings")
    @Deprecated
    private List<Finding> findings;

    @JsonProperty("htmltext_structure_hash")
    private String htmltextStructureHash;

    @JsonProperty("id")
    private String id;

    @JsonProperty("is_phish_submission")
    private Boolean isPhishSubmission;

    @JsonProperty("is_quarantined")
    private Boolean isQuarantined;

    @JsonProperty("post_delivery_operations")
    private List<String> postDeliveryOperations;

    @JsonProperty("postfix_id")
    private String postfixId;

    @JsonProperty("postfix_id_outbound")
    private String postfixIdOutbound;

    @JsonProperty("properties")
    private Map<String, Object> properties;

    @JsonProperty("scanned_at")
    private String scannedAt;

    @JsonProperty("smtp_helo_server_ip")
    private String smtpHeloServerIp;

    @JsonProperty("smtp_previous_hop_ip")
    private String smtpPreviousHopIp;

    @JsonProperty("threat_categories")
    private List<String> threatCategories;

    @JsonProperty("ts")
    @Deprecated
    private String ts;

    @JsonProperty("validation")
    private Validation validation;

    /**
     * Actions performed on the message.
     *
     * @deprecated use GET /investigate/{investigate_id}/action_log (see {@link ActionEntry}) instead.
     */
    @Deprecated
    public List<ActionLogEntry> getActionLog() {
        return actionLog;
    }

    /** @deprecated use GET /investigate/{investigate_id}/action_log (see {@link ActionEntry}) instead. */
    @Deprecated
    public void setActionLog(List<ActionLogEntry> actionLog) {
        this.actionLog = actionLog;
    }

    /** Alert identifier; nullable. */
    public String getAlertId() {
        return alertId;
    }

    public void setAlertId(String alertId) {
        this.alertId = alertId;
    }

    /** Recipients of the message within the customer's domains. */
    public List<String> getClientRecipients() {
        return clientRecipients;
    }

    public void setClientRecipients(List<String> clientRecipients) {
        this.clientRecipients = clientRecipients;
    }

    /**
     * How the message reached Email Security. Allowed values: {@code DIRECT}, {@code BCC}, {@code
     * JOURNAL}, {@code REVIEW_SUBMISSION}, {@code DMARC_UNVERIFIED}, {@code DMARC_FAILURE_REPORT}, {@code
     * DMARC_AGGREGATE_REPORT}, {@code THREAT_INTEL_SUBMISSION}, {@code SIMULATION_SUBMISSION}, {@code
     * API}, {@code RETRO_SCAN}; values not listed here are passed through unchanged.
     */
    public String getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(String deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    /**
     * Delivery states of the message; nullable. Each item: Allowed values: {@code delivered}, {@code
     * moved}, {@code quarantined}, {@code rejected}, {@code deferred}, {@code bounced}, {@code queued};
     * values not listed here are passed through unchanged.
     */
    public List<String> getDeliveryStatus() {
        return deliveryStatus;
    }

    public void setDeliveryStatus(List<String> deliveryStatus) {
        this.deliveryStatus = deliveryStatus;
    }

    /** Human-readable reasons for the detection. */
    public List<String> getDetectionReasons() {
        return detectionReasons;
    }

    public void setDetectionReasons(List<String> detectionReasons) {
        this.detectionReasons = detectionReasons;
    }

    /** EDF hash; nullable. */
    public String getEdfHash() {
        return edfHash;
    }

    public void setEdfHash(String edfHash) {
        this.edfHash = edfHash;
    }

    /** SMTP envelope sender, a bare address (use it where an address is needed); nullable. */
    public String getEnvelopeFrom() {
        return envelopeFrom;
    }

    public void setEnvelopeFrom(String envelopeFrom) {
        this.envelopeFrom = envelopeFrom;
    }

    /** SMTP envelope recipients; nullable. */
    public List<String> getEnvelopeTo() {
        return envelopeTo;
    }

    public void setEnvelopeTo(List<String> envelopeTo) {
        this.envelopeTo = envelopeTo;
    }

    /**
     * Final disposition of the message. Allowed values: {@code MALICIOUS}, {@code MALICIOUS-BEC}, {@code
     * SUSPICIOUS}, {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code ENCRYPTED}, {@code EXTERNAL}, {@code
     * UNKNOWN}, {@code NONE}; values not listed here are passed through unchanged.
     */
    public String getFinalDisposition() {
        return finalDisposition;
    }

    public void setFinalDisposition(String finalDisposition) {
        this.finalDisposition = finalDisposition;
    }

    /**
     * Detection findings; nullable.
     *
     * @deprecated use the {@code findings} of {@link MessageDetectionDetails} (GET /investigate/{investigate_id}/detections) instead.
     */
    @Deprecated
    public List<Finding> getFindings() {
        return findings;
    }

    /** @deprecated use the {@code findings} of {@link MessageDetectionDetails} (GET /investigate/{investigate_id}/detections) instead. */
    @Deprecated
    public void setFindings(List<Finding> findings) {
        this.findings = findings;
    }

    /** Hash of the HTML structure; nullable. */
    public String getHtmltextStructureHash() {
        return htmltextStructureHash;
    }

    public void setHtmltextStructureHash(String htmltextStructureHash) {
        this.htmltextStructureHash = htmltextStructureHash;
    }

    /**
     * Investigate id of the message, used as {@code investigate_id} in the per-message operations (not the
     * short postfix id).
     */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Whether the message is a phish submission. */
    @JsonProperty("is_phish_submission")
    public Boolean isPhishSubmission() {
        return isPhishSubmission;
    }

    public void setIsPhishSubmission(Boolean isPhishSubmission) {
        this.isPhishSubmission = isPhishSubmission;
    }

    /** Whether the message is quarantined. */
    @JsonProperty("is_quarantined")
    public Boolean isQuarantined() {
        return isQuarantined;
    }

    public void setIsQuarantined(Boolean isQuarantined) {
        this.isQuarantined = isQuarantined;
    }

    /**
     * Post-delivery operations performed on this message; nullable. Each item: Allowed values: {@code
     * PREVIEW}, {@code QUARANTINE_RELEASE}, {@code SUBMISSION}, {@code MOVE}; values not listed here are
     * passed through unchanged.
     */
    public List<String> getPostDeliveryOperations() {
        return postDeliveryOperations;
    }

    public void setPostDeliveryOperations(List<String> postDeliveryOperations) {
        this.postDeliveryOperations = postDeliveryOperations;
    }

    /** Short postfix id of the message (used by {@link PreviewRequest}). */
    public String getPostfixId() {
        return postfixId;
    }

    public void setPostfixId(String postfixId) {
        this.postfixId = postfixId;
    }

    /** Postfix id of the outbound message; nullable. */
    public String getPostfixIdOutbound() {
        return postfixIdOutbound;
    }

    public void setPostfixIdOutbound(String postfixIdOutbound) {
        this.postfixIdOutbound = postfixIdOutbound;
    }

    /**
     * Message processing properties. Known keys: {@code allowlisted_pattern} (string), {@code
     * allowlisted_pattern_type} (quarantine_release, acceptable_sender, allowed_sender, allowed_recipient,
     * domain_similarity, domain_recency, managed_acceptable_sender, outbound_ndr), {@code
     * blocklisted_message} (boolean), {@code blocklisted_pattern} (string), {@code
     * whitelisted_pattern_type} (legacy, same values as allowlisted_pattern_type).
     */
    public Map<String, Object> getProperties() {
        return properties;
    }

    public void setProperties(Map<String, Object> properties) {
        this.properties = properties;
    }

    /** When the message was scanned (UTC); nullable. */
    public String getScannedAt() {
        return scannedAt;
    }

    public void setScannedAt(String scannedAt) {
        this.scannedAt = scannedAt;
    }

    /** SMTP HELO server IP; nullable. */
    public String getSmtpHeloServerIp() {
        return smtpHeloServerIp;
    }

    public void setSmtpHeloServerIp(String smtpHeloServerIp) {
        this.smtpHeloServerIp = smtpHeloServerIp;
    }

    /** SMTP previous-hop IP; nullable. */
    public String getSmtpPreviousHopIp() {
        return smtpPreviousHopIp;
    }

    public void setSmtpPreviousHopIp(String smtpPreviousHopIp) {
        this.smtpPreviousHopIp = smtpPreviousHopIp;
    }

    /** Threat category names; nullable. */
    public List<String> getThreatCategories() {
        return threatCategories;
    }

    public void setThreatCategories(List<String> threatCategories) {
        this.threatCategories = threatCategories;
    }

    /**
     * Scan timestamp as a plain string.
     *
     * @deprecated use {@link #getScannedAt()} instead.
     */
    @Deprecated
    public String getTs() {
        return ts;
    }

    /** @deprecated use {@link #getScannedAt()} instead. */
    @Deprecated
    public void setTs(String ts) {
        this.ts = ts;
    }

    /** SPF/DKIM/DMARC validation results. */
    public Validation getValidation() {
        return validation;
    }

    public void setValidation(Validation validation) {
        this.validation = validation;
    }
}
