package dev.emailsecurity.camel.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of the {@code errors} or {@code messages} array of the Cloudflare v4 envelope.
 *
 * @param code    Cloudflare's numeric code (1000 and up)
 * @param message the human-readable message
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiError(@JsonProperty("code") int code, @JsonProperty("message") String message) {

    @Override
    public String toString() {
        return "[" + code + "] " + message;
    }
}
