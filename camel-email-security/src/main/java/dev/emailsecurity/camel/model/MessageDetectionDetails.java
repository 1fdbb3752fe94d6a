package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Detection details of a message.
 * Returned by {@code investigate.detections.get}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class MessageDetectionDetails {

    @JsonProperty("action")
    private String action;

    @JsonProperty("attachments")
    private List<Attachment> attachments;

    @JsonProperty("final_disposition")
    private String finalDisposition;

    @JsonProperty("findings")
    private List<Finding> findings;

    @JsonProperty("headers")
    private List<MessageHeader> headers;

    @JsonProperty("links")
    private List<Link> links;

    @JsonProperty("sender_info")
    private SenderInfo senderInfo;

    @JsonProperty("threat_categories")
    private List<ThreatCategory> threatCategories;

    @JsonProperty("validation")
    private Validation validation;

    /** Action taken on the message. */
    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    /** Attachments of the message. */
    public List<Attachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Attachment> attachments) {
        this.attachments = attachments;
    }

    /**
     * Final disposition. Allowed values: {@code MALICIOUS}, {@code MALICIOUS-BEC}, {@code SUSPICIOUS},
     * {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code ENCRYPTED}, {@code EXTERNAL}, {@code UNKNOWN},
     * {@code NONE}; values not listed here are passed through unchanged.
     */
    public String getFinalDisposition() {
        return finalDisposition;
    }

    public void setFinalDisposition(String finalDisposition) {
        this.finalDisposition = finalDisposition;
    }

    /** Detection findings; nullable. */
    public List<Finding> getFindings() {
        return findings;
    }

    public void setFindings(List<Finding> findings) {
        this.findings = findings;
    }

    /** Message headers. */
    public List<MessageHeader> getHeaders() {
        return headers;
    }

    public void setHeaders(List<MessageHeader> headers) {
        this.headers = headers;
    }

    /** Links found in the message. */
    public List<Link> getLinks() {
        return links;
    }

    public void setLinks(List<Link> links) {
        this.links = links;
    }

    /** Information about the sending host. */
    public SenderInfo getSenderInfo() {
        return senderInfo;
    }

    public void setSenderInfo(SenderInfo senderInfo) {
        this.senderInfo = senderInfo;
    }

    /** Threat categories of the message. */
    public List<ThreatCategory> getThreatCategories() {
        return threatCategories;
    }

    public void setThreatCategories(List<ThreatCategory> threatCategories) {
        this.threatCategories = threatCategories;
    }

    /** SPF/DKIM/DMARC validation results. */
    public Validation getValidation() {
        return validation;
    }

    public void setValidation(Validation validation) {
        this.validation = validation;
    }
}
