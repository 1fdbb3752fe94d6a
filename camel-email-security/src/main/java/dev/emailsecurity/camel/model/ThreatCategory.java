package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A threat category of a message.
 * Part of {@link MessageDetectionDetails} ({@code investigate.detections.get}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ThreatCategory {

    @JsonProperty("description")
    private String description;

    @JsonProperty("id")
    private String id;

    @JsonProperty("name")
    private String name;

    /** Description; nullable. */
    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** Category identifier (an integer in the API, kept as a string). */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Name; nullable. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
