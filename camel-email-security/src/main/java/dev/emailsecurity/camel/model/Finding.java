package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A detection finding (inline object of the {@code findings} arrays).
 * Part of {@link MessageDetectionDetails} ({@code investigate.detections.get}) and of the deprecated
 * {@code findings} of {@link MessageDetails}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Finding {

    @JsonProperty("attachment")
    private String attachment;

    @JsonProperty("detail")
    private String detail;

    @JsonProperty("detection")
    private String detection;

    @JsonProperty("field")
    private String field;

    @JsonProperty("name")
    private String name;

    @JsonProperty("portion")
    private String portion;

    @JsonProperty("reason")
    private String reason;

    @JsonProperty("score")
    private Double score;

    @JsonProperty("value")
    private String value;

    /** Attachment the finding refers to; nullable. */
    public String getAttachment() {
        return attachment;
    }

    public void setAttachment(String attachment) {
        this.attachment = attachment;
    }

    /** Detail text; nullable. */
    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    /**
     * Disposition of this finding. Allowed values: {@code MALICIOUS}, {@code MALICIOUS-BEC}, {@code
     * SUSPICIOUS}, {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code ENCRYPTED}, {@code EXTERNAL}, {@code
     * UNKNOWN}, {@code NONE}; values not listed here are passed through unchanged.
     */
    public String getDetection() {
        return detection;
    }

    public void setDetection(String detection) {
        this.detection = detection;
    }

    /** Message field the finding refers to; nullable. */
    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    /** Finding name; nullable. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** Message portion the finding refers to; nullable. */
    public String getPortion() {
        return portion;
    }

    public void setPortion(String portion) {
        this.portion = portion;
    }

    /** Reason text; nullable. */
    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** Score; nullable. */
    public Double getScore() {
        return score;
    }

    public void setScore(Double score) {
        this.score = score;
    }

    /** Matched value; nullable. */
    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
