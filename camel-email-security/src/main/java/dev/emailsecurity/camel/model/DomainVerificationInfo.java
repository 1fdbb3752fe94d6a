package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Pending DNS TXT verification of a domain created through the API.
 * Returned by GET /settings/domains/{domain_id}/verification (no SDK method; suggested name {@code
 * settings.domains.verification.get}); that operation answers 204 without a body when no TXT record is
 * needed.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class DomainVerificationInfo {

    @JsonProperty("last_checked_at")
    private String lastCheckedAt;

    @JsonProperty("status")
    private String status;

    @JsonProperty("txt_record_name")
    private String txtRecordName;

    @JsonProperty("txt_record_value")
    private String txtRecordValue;

    /** When the last DNS TXT check was attempted; nullable. */
    public String getLastCheckedAt() {
        return lastCheckedAt;
    }

    public void setLastCheckedAt(String lastCheckedAt) {
        this.lastCheckedAt = lastCheckedAt;
    }

    /**
     * Verification status; nullable. Allowed values: {@code pending}, {@code active}, {@code failed},
     * {@code timeout}; values not listed here are passed through unchanged. Newer API generations send
     * upper case; compare case-insensitively.
     */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Full DNS TXT record name, e.g. {@code _cf-email-sec-challenge.example.com}. */
    public String getTxtRecordName() {
        return txtRecordName;
    }

    public void setTxtRecordName(String txtRecordName) {
        this.txtRecordName = txtRecordName;
    }

    /** Token value to publish in the TXT record. */
    public String getTxtRecordValue() {
        return txtRecordValue;
    }

    public void setTxtRecordValue(String txtRecordValue) {
        this.txtRecordValue = txtRecordValue;
    }
}
