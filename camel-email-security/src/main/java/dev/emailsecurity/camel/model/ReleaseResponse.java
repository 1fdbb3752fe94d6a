package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * Per-message result of a quarantine release.
 * Returned (as a list) by {@code investigate.release.bulk}, whose request body is a plain JSON array
 * of investigate ids.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReleaseResponse {

    @JsonProperty("delivered")
    private List<String> delivered;

    @JsonProperty("failed")
    private List<String> failed;

    @JsonProperty("id")
    private String id;

    @JsonProperty("postfix_id")
    @Deprecated
    private String postfixId;

    @JsonProperty("undelivered")
    private List<String> undelivered;

    /** Recipients the message was delivered to; nullable. */
    public List<String> getDelivered() {
        return delivered;
    }

    public void setDelivered(List<String> delivered) {
        this.delivered = delivered;
    }

    /** Recipients the release failed for; nullable. */
    public List<String> getFailed() {
        return failed;
    }

    public void setFailed(List<String> failed) {
        this.failed = failed;
    }

    /** Investigate id of the released message. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /**
     * Postfix id of the released message.
     *
     * @deprecated use {@link #getId()} instead.
     */
    @Deprecated
    public String getPostfixId() {
        return postfixId;
    }

    /** @deprecated use {@link #getId()} instead. */
    @Deprecated
    public void setPostfixId(String postfixId) {
        this.postfixId = postfixId;
    }

    /** Recipients the message was not delivered to; nullable. */
    public List<String> getUndelivered() {
        return undelivered;
    }

    public void setUndelivered(List<String> undelivered) {
        this.undelivered = undelivered;
    }
}
