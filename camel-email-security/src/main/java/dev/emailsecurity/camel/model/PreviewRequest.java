package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request body of {@code investigate.preview.create} (preview of a message that was not a detection).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PreviewRequest {

    /** Sent as {@code id} since the newest SDK (cloudflare 7.3.0); the July 2026 spec named it {@code postfix_id}. */
    @JsonProperty("id")
    @JsonAlias("postfix_id")
    private String postfixId;

    /**
     * Creates a request for the given message.
     *
     * @param postfixId postfix id of the message
     * @return a new request
     */
    public static PreviewRequest of(String postfixId) {
        PreviewRequest request = new PreviewRequest();
        request.setPostfixId(postfixId);
        return request;
    }

    /** Required. Postfix id of the message (JSON {@code id}). */
    public String getPostfixId() {
        return postfixId;
    }

    public void setPostfixId(String postfixId) {
        this.postfixId = postfixId;
    }
}
