package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request body of {@code investigate.reclassify.create} (the API answers 202 with an empty {@code
 * result} object).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ReclassifyRequest {

    @JsonProperty("eml_content")
    private String emlContent;

    @JsonProperty("escalated_submission_id")
    private String escalatedSubmissionId;

    @JsonProperty("expected_disposition")
    private String expectedDisposition;

    /**
     * Creates a request with the required expected disposition.
     *
     * @param expectedDisposition one of NONE, BULK, MALICIOUS, SPAM, SPOOF, SUSPICIOUS
     * @return a new request
     */
    public static ReclassifyRequest of(String expectedDisposition) {
        ReclassifyRequest request = new ReclassifyRequest();
        request.setExpectedDisposition(expectedDisposition);
        return request;
    }

    /** Base64-encoded content of the .eml file. */
    public String getEmlContent() {
        return emlContent;
    }

    public void setEmlContent(String emlContent) {
        this.emlContent = emlContent;
    }

    /** Id of the escalated submission. */
    public String getEscalatedSubmissionId() {
        return escalatedSubmissionId;
    }

    public void setEscalatedSubmissionId(String escalatedSubmissionId) {
        this.escalatedSubmissionId = escalatedSubmissionId;
    }

    /**
     * Required. The disposition the message should have. Allowed values: {@code NONE}, {@code BULK},
     * {@code MALICIOUS}, {@code SPAM}, {@code SPOOF}, {@code SUSPICIOUS}; values not listed here are
     * passed through unchanged.
     */
    public String getExpectedDisposition() {
        return expectedDisposition;
    }

    public void setExpectedDisposition(String expectedDisposition) {
        this.expectedDisposition = expectedDisposition;
    }
}
