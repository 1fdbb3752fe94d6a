package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A protected email domain.
 * Returned by {@code settings.domains.get}, {@code .edit}, {@code .create}, {@code .update} and (as a
 * list) {@code .list}; also the request body of {@code .create} (POST), {@code .edit} (PATCH) and
 * {@code .update} (PUT), and the item type of {@link BatchRequest} / {@link BatchResult} for {@code
 * settings.domains.batch}. Unset fields are not sent. Create requires domain, allowed_delivery_modes,
 * ip_restrictions, drop_dispositions and regions and rejects unknown properties, so do not send back a
 * fetched instance with its read-only fields set; update (PUT) requires allowed_delivery_modes,
 * lookback_hops, ip_restrictions, drop_dispositions and regions and must not carry domain.
 */
public class Domain extends SettingsEntry {

    @JsonProperty("allowed_delivery_modes")
    private List<String> allowedDeliveryModes;

    @JsonProperty("authorization")
    private DomainAuthorization authorization;

    @JsonProperty("dmarc_status")
    private String dmarcStatus;

    @JsonProperty("domain")
    private String domain;

    @JsonProperty("drop_dispositions")
    private List<String> dropDispositions;

    @JsonProperty("emails_processed")
    private EmailsProcessed emailsProcessed;

    @JsonProperty("folder")
    private String folder;

    @JsonProperty("inbox_provider")
    private String inboxProvider;

    @JsonProperty("integration_id")
    private String integrationId;

    @JsonProperty("ip_restrictions")
    private List<String> ipRestrictions;

    @JsonProperty("lookback_hops")
    private Integer lookbackHops;

    @JsonProperty("o365_tenant_id")
    private String o365TenantId;

    @JsonProperty("regions")
    private List<String> regions;

    @JsonProperty("require_tls_inbound")
    private Boolean requireTlsInbound;

    @JsonProperty("require_tls_outbound")
    private Boolean requireTlsOutbound;

    @JsonProperty("spf_status")
    private String spfStatus;

    @JsonProperty("status")
    private String status;

    @JsonProperty("transport")
    private String transport;

    /**
     * Allowed delivery modes (1 to 10 on create/replace). Each item: Allowed values: {@code DIRECT},
     * {@code BCC}, {@code JOURNAL}, {@code API}, {@code RETRO_SCAN}; values not listed here are passed
     * through unchanged.
     */
    public List<String> getAllowedDeliveryModes() {
        return allowedDeliveryModes;
    }

    public void setAllowedDeliveryModes(List<String> allowedDeliveryModes) {
        this.allowedDeliveryModes = allowedDeliveryModes;
    }

    /** Authorization state (read-only). */
    public DomainAuthorization getAuthorization() {
        return authorization;
    }

    public void setAuthorization(DomainAuthorization authorization) {
        this.authorization = authorization;
    }

    /**
     * DMARC status (read-only); nullable. Allowed values: {@code none}, {@code good}, {@code invalid};
     * values not listed here are passed through unchanged.
     */
    public String getDmarcStatus() {
        return dmarcStatus;
    }

    public void setDmarcStatus(String dmarcStatus) {
        this.dmarcStatus = dmarcStatus;
    }

    /** The domain name; cannot be changed after creation. */
    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    /**
     * Dispositions whose messages are dropped (at most 10). Each item: Allowed values: {@code MALICIOUS},
     * {@code MALICIOUS-BEC}, {@code SUSPICIOUS}, {@code SPOOF}, {@code SPAM}, {@code BULK}, {@code
     * ENCRYPTED}, {@code EXTERNAL}, {@code UNKNOWN}, {@code NONE}; values not listed here are passed
     * through unchanged.
     */
    public List<String> getDropDispositions() {
        return dropDispositions;
    }

    public void setDropDispositions(List<String> dropDispositions) {
        this.dropDispositions = dropDispositions;
    }

    /** Processing statistics (read-only). */
    public EmailsProcessed getEmailsProcessed() {
        return emailsProcessed;
    }

    public void setEmailsProcessed(EmailsProcessed emailsProcessed) {
        this.emailsProcessed = emailsProcessed;
    }

    /**
     * Folder to scan; nullable. Allowed values: {@code AllItems}, {@code Inbox}; values not listed here
     * are passed through unchanged.
     */
    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    /**
     * Inbox provider (read-only); nullable. Allowed values: {@code Microsoft}, {@code Google}; values not
     * listed here are passed through unchanged.
     */
    public String getInboxProvider() {
        return inboxProvider;
    }

    public void setInboxProvider(String inboxProvider) {
        this.inboxProvider = inboxProvider;
    }

    /** Integration identifier (UUID); nullable. */
    public String getIntegrationId() {
        return integrationId;
    }

    public void setIntegrationId(String integrationId) {
        this.integrationId = integrationId;
    }

    /** IP addresses or CIDR blocks allowed to deliver for the domain (at most 100). */
    public List<String> getIpRestrictions() {
        return ipRestrictions;
    }

    public void setIpRestrictions(List<String> ipRestrictions) {
        this.ipRestrictions = ipRestrictions;
    }

    /** Number of hops to look back, 1 to 20. */
    public Integer getLookbackHops() {
        return lookbackHops;
    }

    public void setLookbackHops(Integer lookbackHops) {
        this.lookbackHops = lookbackHops;
    }

    /** Microsoft 365 tenant id (read-only); nullable. */
    public String getO365TenantId() {
        return o365TenantId;
    }

    public void setO365TenantId(String o365TenantId) {
        this.o365TenantId = o365TenantId;
    }

    /**
     * Processing regions (1 to 10 on create/replace). Each item: Allowed values: {@code GLOBAL}, {@code
     * AU}, {@code DE}, {@code IN}, {@code US}; values not listed here are passed through unchanged.
     */
    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions;
    }

    /** Require TLS for inbound mail; nullable. */
    public Boolean getRequireTlsInbound() {
        return requireTlsInbound;
    }

    public void setRequireTlsInbound(Boolean requireTlsInbound) {
        this.requireTlsInbound = requireTlsInbound;
    }

    /** Require TLS for outbound mail; nullable. */
    public Boolean getRequireTlsOutbound() {
        return requireTlsOutbound;
    }

    public void setRequireTlsOutbound(Boolean requireTlsOutbound) {
        this.requireTlsOutbound = requireTlsOutbound;
    }

    /**
     * SPF status (read-only); nullable. Allowed values: {@code none}, {@code good}, {@code neutral},
     * {@code open}, {@code invalid}; values not listed here are passed through unchanged.
     */
    public String getSpfStatus() {
        return spfStatus;
    }

    public void setSpfStatus(String spfStatus) {
        this.spfStatus = spfStatus;
    }

    /**
     * Domain status (read-only); nullable. Allowed values: {@code pending}, {@code active}, {@code
     * failed}, {@code timeout}; values not listed here are passed through unchanged. Newer API generations
     * send upper case; compare case-insensitively.
     */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    /** Transport (delivery target); nullable on create/replace. */
    public String getTransport() {
        return transport;
    }

    public void setTransport(String transport) {
        this.transport = transport;
    }
}
