package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A link found in a message.
 * Part of {@link MessageDetectionDetails} ({@code investigate.detections.get}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class Link {

    @JsonProperty("href")
    private String href;

    @JsonProperty("text")
    private String text;

    /** Link target. */
    public String getHref() {
        return href;
    }

    public void setHref(String href) {
        this.href = href;
    }

    /** Link text; nullable. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
