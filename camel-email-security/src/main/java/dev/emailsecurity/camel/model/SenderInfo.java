package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Information about the sending host (inline {@code sender_info} object).
 * Part of {@link MessageDetectionDetails} ({@code investigate.detections.get}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class SenderInfo {

    @JsonProperty("as_name")
    private String asName;

    @JsonProperty("as_number")
    private Long asNumber;

    @JsonProperty("geo")
    private String geo;

    @JsonProperty("ip")
    private String ip;

    @JsonProperty("pld")
    private String pld;

    /** Name of the autonomous system; nullable. */
    public String getAsName() {
        return asName;
    }

    public void setAsName(String asName) {
        this.asName = asName;
    }

    /** Number of the autonomous system; nullable. */
    public Long getAsNumber() {
        return asNumber;
    }

    public void setAsNumber(Long asNumber) {
        this.asNumber = asNumber;
    }

    /** Geolocation; nullable. */
    public String getGeo() {
        return geo;
    }

    public void setGeo(String geo) {
        this.geo = geo;
    }

    /** Sender IP address; nullable. */
    public String getIp() {
        return ip;
    }

    public void setIp(String ip) {
        this.ip = ip;
    }

    /** Pay-level domain; nullable. */
    public String getPld() {
        return pld;
    }

    public void setPld(String pld) {
        this.pld = pld;
    }
}
