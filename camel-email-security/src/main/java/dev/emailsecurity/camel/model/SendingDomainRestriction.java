package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A sending domain restriction: mail from the domain without TLS is dropped.
 * Returned by {@code settings.sending_domain_restrictions.create}, {@code .get}, {@code .edit} and (as
 * a list) {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH). Unset
 * fields are not sent. Create requires domain and exclude. The batch operation of this resource only
 * accepts deletes (see {@link BatchRequest#deletesOnly(java.util.Collection)}).
 */
public class SendingDomainRestriction extends CommentedSettingsEntry {

    @JsonProperty("domain")
    private String domain;

    @JsonProperty("exclude")
    private List<String> exclude;

    /** Domain that requires TLS. */
    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    /** Subdomains exempt from the TLS requirement. */
    public List<String> getExclude() {
        return exclude;
    }

    public void setExclude(List<String> exclude) {
        this.exclude = exclude;
    }
}
