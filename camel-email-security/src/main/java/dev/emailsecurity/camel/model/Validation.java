package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SPF, DKIM and DMARC validation results of a message.
 * Part of {@link MessageDetails} ({@code investigate.list}, {@code investigate.get}) and {@link
 * MessageDetectionDetails} ({@code investigate.detections.get}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Validation {

    @JsonProperty("comment")
    private String comment;

    @JsonProperty("dkim")
    private String dkim;

    @JsonProperty("dmarc")
    private String dmarc;

    @JsonProperty("spf")
    private String spf;

    /** Comment; nullable. */
    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /**
     * DKIM result. Allowed values: {@code pass}, {@code neutral}, {@code fail}, {@code error}, {@code
     * none}; values not listed here are passed through unchanged.
     */
    public String getDkim() {
        return dkim;
    }

    public void setDkim(String dkim) {
        this.dkim = dkim;
    }

    /**
     * DMARC result. Allowed values: {@code pass}, {@code neutral}, {@code fail}, {@code error}, {@code
     * none}; values not listed here are passed through unchanged.
     */
    public String getDmarc() {
        return dmarc;
    }

    public void setDmarc(String dmarc) {
        this.dmarc = dmarc;
    }

    /**
     * SPF result. Allowed values: {@code pass}, {@code neutral}, {@code fail}, {@code error}, {@code
     * none}; values not listed here are passed through unchanged.
     */
    public String getSpf() {
        return spf;
    }

    public void setSpf(String spf) {
        this.spf = spf;
    }
}
