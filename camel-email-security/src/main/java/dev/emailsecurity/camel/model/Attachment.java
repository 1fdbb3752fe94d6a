package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An attachment of a message.
 * Part of {@link MessageDetectionDetails} ({@code investigate.detections.get}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Attachment {

    @JsonProperty("content_type")
    private String contentType;

    @JsonProperty("detection")
    private String detection;

    @JsonProperty("encrypted")
    private Boolean encrypted;

    @JsonProperty("filename")
    private String filename;

    @JsonProperty("md5")
    private String md5;

    @JsonProperty("name")
    private String name;

    @JsonProperty("sha1")
    private String sha1;

    @JsonProperty("sha256")
    private String sha256;

    @JsonProperty("size")
    private Long size;

    /** MIME type; nullable. */
    public String getContentType() {
        return contentType;
    }

    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    /**
     * Detection result for this attachment; nullable. Allowed values: {@code MALICIOUS}, {@code
     * MALICIOUS-BEC}, {@code SUSPICIOUS}, {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code ENCRYPTED},
     * {@code EXTERNAL}, {@code UNKNOWN}, {@code NONE}; values not listed here are passed through
     * unchanged.
     */
    public String getDetection() {
        return detection;
    }

    public void setDetection(String detection) {
        this.detection = detection;
    }

    /** Whether the attachment is encrypted; nullable. */
    public Boolean getEncrypted() {
        return encrypted;
    }

    public void setEncrypted(Boolean encrypted) {
        this.encrypted = encrypted;
    }

    /** File name; nullable. */
    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    /** MD5 hash; nullable. */
    public String getMd5() {
        return md5;
    }

    public void setMd5(String md5) {
        this.md5 = md5;
    }

    /** Attachment name (alternative to filename); nullable. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** SHA-1 hash; nullable. */
    public String getSha1() {
        return sha1;
    }

    public void setSha1(String sha1) {
        this.sha1 = sha1;
    }

    /** SHA-256 hash; nullable. */
    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    /** Size in bytes (at least 0). */
    public Long getSize() {
        return size;
    }

    public void setSize(Long size) {
        this.size = size;
    }
}
