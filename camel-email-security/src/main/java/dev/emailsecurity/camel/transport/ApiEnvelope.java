package dev.emailsecurity.camel.transport;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.emailsecurity.camel.error.ApiError;

/**
 * The Cloudflare v4 response envelope around every result.
 *
 * @param <T> the type {@code result} is read as
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ApiEnvelope<T> {

    @JsonProperty("success")
    private Boolean success;
    @JsonProperty("errors")
    private List<ApiError> errors;
    @JsonProperty("messages")
    private List<ApiError> messages;
    @JsonProperty("result")
    private T result;
    @JsonProperty("result_info")
    private ResultInfo resultInfo;

    public Boolean getSuccess() {
        return success;
    }

    public List<ApiError> getErrors() {
        return errors == null ? List.of() : errors;
    }

    public List<ApiError> getMessages() {
        return messages == null ? List.of() : messages;
    }

    public T getResult() {
        return result;
    }

    public ResultInfo getResultInfo() {
        return resultInfo;
    }
}
