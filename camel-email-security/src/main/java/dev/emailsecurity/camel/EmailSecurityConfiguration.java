package dev.emailsecurity.camel;

import dev.emailsecurity.camel.operations.ParameterValues;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of an {@code email-security} endpoint. Set at component level, they apply to every endpoint; set on a
 * URI, they apply to that endpoint; the API parameters among them can also be overridden per message by the header
 * of the same name (see {@link EmailSecurityConstants}).
 */
@UriParams
public class EmailSecurityConfiguration implements Cloneable {

    /** The Cloudflare API v4 base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4";

    @UriParam
    @Metadata(required = true)
    private String accountId;
    @UriParam(label = "security", secret = true)
    private String apiToken;
    @UriParam(label = "security", secret = true)
    private String apiKey;
    @UriParam(label = "security", secret = true)
    private String apiEmail;
    @UriParam(label = "advanced", defaultValue = DEFAULT_BASE_URL)
    private String baseUrl = DEFAULT_BASE_URL;
    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long responseTimeout = 60_000;
    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration")
    private long requestDeadline = 120_000;
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureBaseUrl;
    @UriParam(label = "proxy")
    private String proxyHost;
    @UriParam(label = "proxy")
    private Integer proxyPort;
    @UriParam(label = "proxy", secret = true)
    private String proxyUsername;
    @UriParam(label = "proxy", secret = true)
    private String proxyPassword;
    @UriParam(label = "security")
    private SSLContextParameters sslContextParameters;
    @UriParam(label = "advanced")
    private HttpClientConfigurer httpClientConfigurer;
    @UriParam(defaultValue = "100")
    private int pageSize = 100;
    @UriParam(defaultValue = "0")
    private int maxResults;
    @UriParam(defaultValue = "true")
    private boolean autoPaginate = true;
    @UriParam(label = "producer", defaultValue = "false")
    private boolean streamList;
    @UriParam(label = "advanced", defaultValue = "60000", javaType = "java.time.Duration")
    private long asyncSearchTimeout = 60_000;
    @UriParam(label = "reliability", defaultValue = "2")
    private int maxRetries = 2;
    @UriParam(label = "reliability", defaultValue = "10000", javaType = "java.time.Duration")
    private long maxRetryWait = 10_000;
    @UriParam(label = "reliability", defaultValue = "true")
    private boolean pacing = true;
    @UriParam(label = "security", defaultValue = "true")
    private boolean maskPersonalData = true;

    @UriParam(label = "identifier")
    private String investigateId;
    @UriParam(label = "identifier")
    private String postfixId;
    @UriParam(label = "identifier")
    private String jobId;
    @UriParam(label = "identifier")
    private String policyId;
    @UriParam(label = "identifier")
    private String patternId;
    @UriParam(label = "identifier")
    private String domainId;
    @UriParam(label = "identifier")
    private String impersonationRegistryId;
    @UriParam(label = "identifier")
    private String sendingDomainRestrictionId;
    @UriParam(label = "identifier")
    private String trustedDomainId;
    @UriParam(label = "filter")
    private Integer page;
    @UriParam(label = "filter")
    private String cursor;
    @UriParam(label = "filter")
    private String start;
    @UriParam(label = "filter")
    private String end;
    @UriParam(label = "filter")
    private String query;
    @UriParam(label = "filter", defaultValue = "true")
    private Boolean detectionsOnly;
    @UriParam(label = "filter", enums = ParameterValues.DISPOSITIONS)
    private String finalDisposition;
    @UriParam(label = "filter")
    private String metric;
    @UriParam(label = "filter", enums = ParameterValues.MESSAGE_ACTIONS)
    private String messageAction;
    @UriParam(label = "filter")
    private String recipient;
    @UriParam(label = "filter")
    private String sender;
    @UriParam(label = "filter")
    private String alertId;
    @UriParam(label = "filter")
    private String domain;
    @UriParam(label = "filter")
    private String messageId;
    @UriParam(label = "filter")
    private String subject;
    @UriParam(label = "filter")
    private String smtpHeloIp;
    @UriParam(label = "filter", enums = ParameterValues.DELIVERY_STATUSES)
    private String deliveryStatus;
    @UriParam(label = "filter")
    private Boolean submission;
    @UriParam(label = "filter", enums = ParameterValues.BULK_ACTIONS)
    private String actionType;
    @UriParam(label = "filter")
    private String status;
    @UriParam(label = "filter")
    private String fromDate;
    @UriParam(label = "filter")
    private String toDate;
    @UriParam(label = "filter", enums = ParameterValues.SUBMISSION_TYPES)
    private String submissionType;
    @UriParam(label = "filter")
    private String submissionId;
    @UriParam(label = "filter", enums = ParameterValues.DISPOSITIONS)
    private String originalDisposition;
    @UriParam(label = "filter", enums = ParameterValues.DISPOSITIONS)
    private String requestedDisposition;
    @UriParam(label = "filter", enums = ParameterValues.DISPOSITIONS)
    private String outcomeDisposition;
    @UriParam(label = "filter")
    private Boolean escalatedFromUser;
    @UriParam(label = "filter")
    private String search;
    @UriParam(label = "filter", enums = ParameterValues.ORDERS)
    private String order;
    @UriParam(label = "filter", enums = ParameterValues.DIRECTIONS)
    private String direction;
    @UriParam(label = "filter")
    private Boolean isExemptRecipient;
    @UriParam(label = "filter")
    private Boolean isTrustedSender;
    @UriParam(label = "filter")
    private Boolean isAcceptableSender;
    @UriParam(label = "filter")
    private Boolean verifySender;
    @UriParam(label = "filter", enums = ParameterValues.PATTERN_TYPES)
    private String patternType;
    @UriParam(label = "filter")
    private String pattern;
    @UriParam(label = "filter", enums = ParameterValues.DELIVERY_MODES)
    private String allowedDeliveryMode;
    @UriParam(label = "filter", enums = ParameterValues.DELIVERY_MODES)
    private String activeDeliveryMode;
    @UriParam(label = "filter")
    private String integrationId;
    @UriParam(label = "filter", enums = ParameterValues.PROVENANCES)
    private String provenance;
    @UriParam(label = "filter")
    private Boolean isRecent;
    @UriParam(label = "filter")
    private Boolean isSimilarity;
    @UriParam(label = "filter")
    private Boolean enabled;
    @UriParam(label = "filter")
    private String name;
    @UriParam(label = "consumer", defaultValue = "now")
    private String startFrom = "now";
    @UriParam(label = "consumer", defaultValue = "120000", javaType = "java.time.Duration")
    private long overlap = 120_000;
    @UriParam(label = "consumer", defaultValue = "true")
    private boolean changeDetection = true;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean skipFailedItems;
    @UriParam(label = "consumer", defaultValue = "86400000", javaType = "java.time.Duration")
    private long changeWindow = 86_400_000;
    @UriParam(label = "consumer")
    private int resultCap;
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer")
    private String stateKey;
    @UriParam(label = "consumer")
    private IdempotentRepository idempotentRepository;
    @UriParam(label = "consumer")
    private int maxMessagesPerPoll;
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxWindowItems;

    @UriParam(label = "producer,action", defaultValue = "false")
    private boolean dryRun;
    @UriParam(label = "producer,action", defaultValue = "0")
    private int maxMessagesPerAction;
    @UriParam(label = "producer,action", enums = ParameterValues.DISPOSITION_LABELS)
    private String expectedDisposition;
    @UriParam(label = "producer,action", enums = ParameterValues.MAILBOX_DESTINATIONS)
    private String destination;
    @UriParam(label = "producer,action", defaultValue = "false")
    private boolean failOnPartialFailure;
    @UriParam(label = "producer,action", defaultValue = "100")
    private int actionBatchSize = 100;
    @UriParam(label = "producer,action", defaultValue = "false")
    private boolean waitForCompletion;
    @UriParam(label = "producer,action", defaultValue = "600000", javaType = "java.time.Duration")
    private long jobTimeout = 600_000;
    @UriParam(label = "producer,action", defaultValue = "5000", javaType = "java.time.Duration")
    private long jobPollInterval = 5_000;

    public String getAccountId() {
        return accountId;
    }

    /**
     * The Cloudflare account id (account tag): 32 hexadecimal characters, as shown in the dashboard URL.
     */
    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getApiToken() {
        return apiToken;
    }

    /**
     * The API token (sent as a Bearer token). Needs the Cloud Email Security Read permission for reads and Write for
     * actions and settings changes. Preferred over apiKey and apiEmail.
     */
    public void setApiToken(String apiToken) {
        this.apiToken = apiToken;
    }

    public String getApiKey() {
        return apiKey;
    }

    /**
     * Legacy Global API key, sent with apiEmail when no apiToken is set. Deprecated by Cloudflare: prefer an API token.
     */
    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getApiEmail() {
        return apiEmail;
    }

    /**
     * The account e-mail that goes with the legacy apiKey.
     */
    public void setApiEmail(String apiEmail) {
        this.apiEmail = apiEmail;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    /**
     * The API base URL, up to and including /client/v4. Change it only to reach a proxy or a test server such as the
     * emulator.
     */
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * How long to wait for a TCP connection to the API.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * How long to wait for the API's response once the request is sent.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public long getRequestDeadline() {
        return requestDeadline;
    }

    /**
     * The longest one HTTP request may take, from sending it to the last byte of its answer (each retry has its own).
     * responseTimeout bounds the silence between two reads only, so a server that dribbles its answer could otherwise
     * hold a call without end. A request past the deadline is aborted; for an action on mail the outcome is then
     * unknown and it is not sent again.
     */
    public void setRequestDeadline(long requestDeadline) {
        this.requestDeadline = requestDeadline;
    }

    public boolean isAllowInsecureBaseUrl() {
        return allowInsecureBaseUrl;
    }

    /**
     * Allows a plain http baseUrl to a host that is not a loopback address. Off by default: over plain http the API
     * token or key travels in clear. Turn it on only behind a trusted network (e.g. a local TLS-terminating proxy on
     * another host); a loopback baseUrl (an emulator) needs no opt-in.
     */
    public void setAllowInsecureBaseUrl(boolean allowInsecureBaseUrl) {
        this.allowInsecureBaseUrl = allowInsecureBaseUrl;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    /**
     * HTTP proxy host.
     */
    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    /**
     * HTTP proxy port.
     */
    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyUsername() {
        return proxyUsername;
    }

    /**
     * User name for the HTTP proxy.
     */
    public void setProxyUsername(String proxyUsername) {
        this.proxyUsername = proxyUsername;
    }

    public String getProxyPassword() {
        return proxyPassword;
    }

    /**
     * Password for the HTTP proxy.
     */
    public void setProxyPassword(String proxyPassword) {
        this.proxyPassword = proxyPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    /**
     * TLS configuration (trust store, key store, protocols) for the connection to the API.
     */
    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    /**
     * A camel-http HttpClientConfigurer called on the Apache HttpClient 5 builder before the client is built, for
     * settings this component has no option for.
     */
    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }

    public int getPageSize() {
        return pageSize;
    }

    /**
     * Items per page requested from list operations (the API's per_page), 1 to 1000.
     */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getMaxResults() {
        return maxResults;
    }

    /**
     * The most items one call of a list operation returns across all its pages; 0 means no limit.
     */
    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    public boolean isAutoPaginate() {
        return autoPaginate;
    }

    /**
     * Whether list operations follow the pages until the end (or maxResults). When false, one page is returned and
     * the headers CamelEmailSecurityNextCursor / CamelEmailSecurityNextPage tell the route where to continue.
     */
    public void setAutoPaginate(boolean autoPaginate) {
        this.autoPaginate = autoPaginate;
    }

    public boolean isStreamList() {
        return streamList;
    }

    /**
     * Whether list operations return their items as an Iterator that fetches each next page only when the route has
     * consumed the items of the previous one (use it with split(body()).streaming()), instead of one List of all the
     * items. Memory is then bounded by one page, whatever the length of the list; the calls made are the same. The
     * first page is fetched by the producer (so errors surface there); a later page's error is raised by the split.
     * The body can be iterated once; CamelEmailSecurityResultCount and CamelEmailSecurityPageCount are not set.
     */
    public void setStreamList(boolean streamList) {
        this.streamList = streamList;
    }

    public long getAsyncSearchTimeout() {
        return asyncSearchTimeout;
    }

    /**
     * How long to follow a search that the API answers with 202 Accepted and a Location to poll, before failing.
     */
    public void setAsyncSearchTimeout(long asyncSearchTimeout) {
        this.asyncSearchTimeout = asyncSearchTimeout;
    }

    public String getInvestigateId() {
        return investigateId;
    }

    /**
     * The message to act on: the `id` of a search result (investigate id). The 2025 API's `postfix_id` is accepted here too.
     */
    public void setInvestigateId(String investigateId) {
        this.investigateId = investigateId;
    }

    public String getPostfixId() {
        return postfixId;
    }

    /**
     * The message's short postfix id. Used where the API takes a postfix id (createPreview), and as the message id when investigateId is not set, as the 2025 API did.
     */
    public void setPostfixId(String postfixId) {
        this.postfixId = postfixId;
    }

    public String getJobId() {
        return jobId;
    }

    /**
     * The bulk job to act on (UUID).
     */
    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public String getPolicyId() {
        return policyId;
    }

    /**
     * The allow policy or content policy to act on. String ids and the older integer ids are both accepted.
     */
    public void setPolicyId(String policyId) {
        this.policyId = policyId;
    }

    public String getPatternId() {
        return patternId;
    }

    /**
     * The blocked sender or URL ignore pattern to act on. String ids and the older integer ids are both accepted.
     */
    public void setPatternId(String patternId) {
        this.patternId = patternId;
    }

    public String getDomainId() {
        return domainId;
    }

    /**
     * The domain to act on. String ids and the older integer ids are both accepted.
     */
    public void setDomainId(String domainId) {
        this.domainId = domainId;
    }

    public String getImpersonationRegistryId() {
        return impersonationRegistryId;
    }

    /**
     * The impersonation registry entry to act on. String ids and the older integer ids are both accepted.
     */
    public void setImpersonationRegistryId(String impersonationRegistryId) {
        this.impersonationRegistryId = impersonationRegistryId;
    }

    public String getSendingDomainRestrictionId() {
        return sendingDomainRestrictionId;
    }

    /**
     * The sending domain restriction to act on.
     */
    public void setSendingDomainRestrictionId(String sendingDomainRestrictionId) {
        this.sendingDomainRestrictionId = sendingDomainRestrictionId;
    }

    public String getTrustedDomainId() {
        return trustedDomainId;
    }

    /**
     * The trusted domain to act on. String ids and the older integer ids are both accepted.
     */
    public void setTrustedDomainId(String trustedDomainId) {
        this.trustedDomainId = trustedDomainId;
    }

    public Integer getPage() {
        return page;
    }

    /**
     * The page to start from (page-style lists). With autoPaginate=false only this page is returned.
     */
    public void setPage(Integer page) {
        this.page = page;
    }

    public String getCursor() {
        return cursor;
    }

    /**
     * The search cursor to start from (searchMessages). With autoPaginate=false only this page is returned; the next cursor is in the CamelEmailSecurityNextCursor header.
     */
    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    public String getStart() {
        return start;
    }

    /**
     * Start of the time window (ISO-8601 instant, e.g. 2026-01-01T00:00:00Z). Without start and end the API searches the last 30 days.
     */
    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    /**
     * End of the time window (ISO-8601 instant).
     */
    public void setEnd(String end) {
        this.end = end;
    }

    public String getQuery() {
        return query;
    }

    /**
     * Free-text search over messages or submissions.
     */
    public void setQuery(String query) {
        this.query = query;
    }

    public Boolean getDetectionsOnly() {
        return detectionsOnly;
    }

    /**
     * Return only messages with a detection. When not set, nothing is sent and the API applies its default, true: only
     * detections are returned. Set false to include clean mail.
     */
    public void setDetectionsOnly(Boolean detectionsOnly) {
        this.detectionsOnly = detectionsOnly;
    }

    public String getFinalDisposition() {
        return finalDisposition;
    }

    /**
     * Only messages with this final disposition.
     */
    public void setFinalDisposition(String finalDisposition) {
        this.finalDisposition = finalDisposition;
    }

    public String getMetric() {
        return metric;
    }

    /**
     * Only messages counted under this dashboard metric.
     */
    public void setMetric(String metric) {
        this.metric = metric;
    }

    public String getMessageAction() {
        return messageAction;
    }

    /**
     * Only messages on which this action was taken.
     */
    public void setMessageAction(String messageAction) {
        this.messageAction = messageAction;
    }

    public String getRecipient() {
        return recipient;
    }

    /**
     * Only messages to this recipient address.
     */
    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getSender() {
        return sender;
    }

    /**
     * Only messages from this sender address.
     */
    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getAlertId() {
        return alertId;
    }

    /**
     * Only messages of this alert.
     */
    public void setAlertId(String alertId) {
        this.alertId = alertId;
    }

    public String getDomain() {
        return domain;
    }

    /**
     * Only messages of this domain (searchMessages); for listDomains, one or more domains separated by commas, sent as
     * repeated domain query keys.
     */
    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getMessageId() {
        return messageId;
    }

    /**
     * Only the message with this Message-ID header.
     */
    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getSubject() {
        return subject;
    }

    /**
     * Only messages with this subject.
     */
    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSmtpHeloIp() {
        return smtpHeloIp;
    }

    /**
     * Only messages whose sending server announced this IP in SMTP HELO (searchMessages, createBulkJob; newest API).
     */
    public void setSmtpHeloIp(String smtpHeloIp) {
        this.smtpHeloIp = smtpHeloIp;
    }

    public String getDeliveryStatus() {
        return deliveryStatus;
    }

    /**
     * Only messages in this delivery status.
     */
    public void setDeliveryStatus(String deliveryStatus) {
        this.deliveryStatus = deliveryStatus;
    }

    public Boolean getSubmission() {
        return submission;
    }

    /**
     * getMessage: look the message up in the submissions store.
     */
    public void setSubmission(Boolean submission) {
        this.submission = submission;
    }

    public String getActionType() {
        return actionType;
    }

    /**
     * listBulkJobs: only jobs of this action.
     */
    public void setActionType(String actionType) {
        this.actionType = actionType;
    }

    public String getStatus() {
        return status;
    }

    /**
     * Status filter; the allowed values depend on the operation and are checked when the route starts: listBulkJobs
     * PENDING, DISCOVERING, PROCESSING, COMPLETED, FAILED, CANCELLED; listBulkJobMessages PENDING, PROCESSING,
     * COMPLETED, FAILED, CANCELLED, SKIPPED; listDomains PENDING, ACTIVE, FAILED, TIMEOUT; listSubmissions any
     * submission status.
     */
    public void setStatus(String status) {
        this.status = status;
    }

    public String getFromDate() {
        return fromDate;
    }

    /**
     * listPhishguardReports: start date (YYYY-MM-DD). Deprecated by the API (end of life 2026-11-01): use start.
     */
    public void setFromDate(String fromDate) {
        this.fromDate = fromDate;
    }

    public String getToDate() {
        return toDate;
    }

    /**
     * listPhishguardReports: end date (YYYY-MM-DD). Deprecated by the API (end of life 2026-11-01): use end.
     */
    public void setToDate(String toDate) {
        this.toDate = toDate;
    }

    public String getSubmissionType() {
        return submissionType;
    }

    /**
     * listSubmissions: only submissions of this type (the API's `type` parameter).
     */
    public void setSubmissionType(String submissionType) {
        this.submissionType = submissionType;
    }

    public String getSubmissionId() {
        return submissionId;
    }

    /**
     * listSubmissions: only this submission.
     */
    public void setSubmissionId(String submissionId) {
        this.submissionId = submissionId;
    }

    public String getOriginalDisposition() {
        return originalDisposition;
    }

    /**
     * listSubmissions: only submissions whose message had this original disposition.
     */
    public void setOriginalDisposition(String originalDisposition) {
        this.originalDisposition = originalDisposition;
    }

    public String getRequestedDisposition() {
        return requestedDisposition;
    }

    /**
     * listSubmissions: only submissions that requested this disposition.
     */
    public void setRequestedDisposition(String requestedDisposition) {
        this.requestedDisposition = requestedDisposition;
    }

    public String getOutcomeDisposition() {
        return outcomeDisposition;
    }

    /**
     * listSubmissions: only submissions with this outcome disposition.
     */
    public void setOutcomeDisposition(String outcomeDisposition) {
        this.outcomeDisposition = outcomeDisposition;
    }

    public Boolean getEscalatedFromUser() {
        return escalatedFromUser;
    }

    /**
     * listSubmissions: only submissions escalated from a user submission.
     */
    public void setEscalatedFromUser(Boolean escalatedFromUser) {
        this.escalatedFromUser = escalatedFromUser;
    }

    public String getSearch() {
        return search;
    }

    /**
     * Settings lists: free-text search.
     */
    public void setSearch(String search) {
        this.search = search;
    }

    public String getOrder() {
        return order;
    }

    /**
     * The field to sort by; each list allows its own values, checked when the route starts: listAllowPolicies,
     * listBlockedSenders, listTrustedDomains pattern or created_at; listDomains, listSendingDomainRestrictions domain
     * or created_at; listImpersonationRegistry name, email or created_at; listContentPolicies name or created_at;
     * listSubmissions submission_id, subject, original_disposition, requested_disposition, outcome_disposition or
     * requested_at.
     */
    public void setOrder(String order) {
        this.order = order;
    }

    public String getDirection() {
        return direction;
    }

    /**
     * Settings lists: sort direction.
     */
    public void setDirection(String direction) {
        this.direction = direction;
    }

    public Boolean getIsExemptRecipient() {
        return isExemptRecipient;
    }

    /**
     * listAllowPolicies: only exempt-recipient policies (or only the others).
     */
    public void setIsExemptRecipient(Boolean isExemptRecipient) {
        this.isExemptRecipient = isExemptRecipient;
    }

    public Boolean getIsTrustedSender() {
        return isTrustedSender;
    }

    /**
     * listAllowPolicies: only trusted-sender policies (or only the others).
     */
    public void setIsTrustedSender(Boolean isTrustedSender) {
        this.isTrustedSender = isTrustedSender;
    }

    public Boolean getIsAcceptableSender() {
        return isAcceptableSender;
    }

    /**
     * listAllowPolicies: only acceptable-sender policies (or only the others).
     */
    public void setIsAcceptableSender(Boolean isAcceptableSender) {
        this.isAcceptableSender = isAcceptableSender;
    }

    public Boolean getVerifySender() {
        return verifySender;
    }

    /**
     * listAllowPolicies: only policies that verify the sender (or only the others).
     */
    public void setVerifySender(Boolean verifySender) {
        this.verifySender = verifySender;
    }

    public String getPatternType() {
        return patternType;
    }

    /**
     * Allow policies and blocked senders: only patterns of this type.
     */
    public void setPatternType(String patternType) {
        this.patternType = patternType;
    }

    public String getPattern() {
        return pattern;
    }

    /**
     * Allow policies, blocked senders and trusted domains: only this pattern.
     */
    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public String getAllowedDeliveryMode() {
        return allowedDeliveryMode;
    }

    /**
     * listDomains: only domains allowing this delivery mode.
     */
    public void setAllowedDeliveryMode(String allowedDeliveryMode) {
        this.allowedDeliveryMode = allowedDeliveryMode;
    }

    public String getActiveDeliveryMode() {
        return activeDeliveryMode;
    }

    /**
     * listDomains: only domains with this active delivery mode.
     */
    public void setActiveDeliveryMode(String activeDeliveryMode) {
        this.activeDeliveryMode = activeDeliveryMode;
    }

    public String getIntegrationId() {
        return integrationId;
    }

    /**
     * listDomains: only domains of this integration (UUID).
     */
    public void setIntegrationId(String integrationId) {
        this.integrationId = integrationId;
    }

    public String getProvenance() {
        return provenance;
    }

    /**
     * listImpersonationRegistry: only entries of this provenance.
     */
    public void setProvenance(String provenance) {
        this.provenance = provenance;
    }

    public Boolean getIsRecent() {
        return isRecent;
    }

    /**
     * listTrustedDomains: only recent-domain entries (or only the others).
     */
    public void setIsRecent(Boolean isRecent) {
        this.isRecent = isRecent;
    }

    public Boolean getIsSimilarity() {
        return isSimilarity;
    }

    /**
     * listTrustedDomains: only similarity entries (or only the others).
     */
    public void setIsSimilarity(Boolean isSimilarity) {
        this.isSimilarity = isSimilarity;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    /**
     * listContentPolicies: only enabled (or disabled) policies.
     */
    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getName() {
        return name;
    }

    /**
     * listContentPolicies: only the policy with this exact name.
     */
    public void setName(String name) {
        this.name = name;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * Actions on mail (moveMessage, moveMessages, releaseMessages, reclassifyMessage, createBulkJob): resolve the
     * targets and return what would be done (the body lists every message and the call it would be in) without making
     * any call that changes mail. For createBulkJob the messages its search parameters match are listed. The header
     * CamelEmailSecurityDryRun overrides it per message.
     */
    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public int getMaxMessagesPerAction() {
        return maxMessagesPerAction;
    }

    /**
     * Actions on mail: the most messages one exchange may act on (the blast-radius cap). A larger target set is refused
     * with an exception before any call is made. 0 means no cap.
     */
    public void setMaxMessagesPerAction(int maxMessagesPerAction) {
        this.maxMessagesPerAction = maxMessagesPerAction;
    }

    public String getExpectedDisposition() {
        return expectedDisposition;
    }

    /**
     * Actions on mail: the disposition the messages are expected to have. moveMessage, moveMessages and createBulkJob
     * send it to the API, which skips (and reports per message) any message whose disposition changed meanwhile. For
     * reclassifyMessage it is the disposition requested. releaseMessages cannot carry it (the API's release takes only
     * ids), so setting it there is refused. The header CamelEmailSecurityExpectedDisposition overrides it.
     */
    public void setExpectedDisposition(String expectedDisposition) {
        this.expectedDisposition = expectedDisposition;
    }

    public String getDestination() {
        return destination;
    }

    /**
     * moveMessage, moveMessages and createBulkJob (MOVE): the mailbox folder to move the messages to. The header
     * CamelEmailSecurityDestination, or the destination of a MoveRequest body, overrides it.
     */
    public void setDestination(String destination) {
        this.destination = destination;
    }

    public boolean isFailOnPartialFailure() {
        return failOnPartialFailure;
    }

    /**
     * Actions on mail: when some messages or recipients fail (or are skipped by the disposition guard), throw an
     * EmailSecurityPartialFailureException that carries the per-message and per-recipient report, instead of returning
     * the report as the body.
     */
    public void setFailOnPartialFailure(boolean failOnPartialFailure) {
        this.failOnPartialFailure = failOnPartialFailure;
    }

    public int getActionBatchSize() {
        return actionBatchSize;
    }

    /**
     * moveMessages and releaseMessages: the most ids sent in one API call; larger target sets are split into batches of
     * this size, one call per batch. The API does not document its limit; 100 is the limit the component assumes (and
     * the emulator enforces), and the maximum accepted here.
     */
    public void setActionBatchSize(int actionBatchSize) {
        this.actionBatchSize = actionBatchSize;
    }

    public boolean isWaitForCompletion() {
        return waitForCompletion;
    }

    /**
     * createBulkJob: follow the job until it ends (COMPLETED, FAILED, CANCELLED or SKIPPED) and return it with its
     * messages. No thread is held while waiting: the producer is asynchronous and polls on a scheduler.
     */
    public void setWaitForCompletion(boolean waitForCompletion) {
        this.waitForCompletion = waitForCompletion;
    }

    public long getJobTimeout() {
        return jobTimeout;
    }

    /**
     * createBulkJob with waitForCompletion: how long to wait for the job to end. When it has not ended by then, the job
     * is cancelled and reported as cancelled (header CamelEmailSecurityBulkJobTimedOut).
     */
    public void setJobTimeout(long jobTimeout) {
        this.jobTimeout = jobTimeout;
    }

    public long getJobPollInterval() {
        return jobPollInterval;
    }

    /**
     * createBulkJob with waitForCompletion: how often to ask for the job's status.
     */
    public void setJobPollInterval(long jobPollInterval) {
        this.jobPollInterval = jobPollInterval;
    }

    public String getStartFrom() {
        return startFrom;
    }

    /**
     * Consumer (event streams): where a consumer without a checkpoint starts: `now` (only items from now on),
     * `beginning` (everything the API still holds), an ISO-8601 instant such as `2026-01-01T00:00:00Z`, or an ISO-8601
     * duration back from now such as `P1D`. Ignored once a checkpoint exists in the state repository.
     */
    public void setStartFrom(String startFrom) {
        this.startFrom = startFrom;
    }

    public long getOverlap() {
        return overlap;
    }

    /**
     * Consumer (event streams): each poll starts this long before the watermark, so that items the API indexes late
     * are still seen; repeats in the overlap are dropped by id.
     */
    public void setOverlap(long overlap) {
        this.overlap = overlap;
    }

    public boolean isChangeDetection() {
        return changeDetection;
    }

    /**
     * Consumer: emit an item again, with the CamelEmailSecurityChange header, when it changes after it was emitted
     * (a message's disposition, quarantine state or post-delivery operations; a submission's status or outcome; a
     * PhishGuard report's updated_at).
     */
    public void setChangeDetection(boolean changeDetection) {
        this.changeDetection = changeDetection;
    }

    public boolean isSkipFailedItems() {
        return skipFailedItems;
    }

    /**
     * Consumer: when the route fails on an item, count it as done and go on with the next one (the failure still goes
     * to the consumer's exception handler, and the item is not polled again). By default the poll stops at the failed
     * item, which comes again on the next poll and holds the items after it back until it succeeds.
     */
    public void setSkipFailedItems(boolean skipFailedItems) {
        this.skipFailedItems = skipFailedItems;
    }

    public long getChangeWindow() {
        return changeWindow;
    }

    /**
     * Consumer (event streams, with changeDetection): how long after its timestamp an item is still watched for
     * changes. Every poll re-reads this window.
     */
    public void setChangeWindow(long changeWindow) {
        this.changeWindow = changeWindow;
    }

    public int getResultCap() {
        return resultCap;
    }

    /**
     * Consumer (searchMessages): the most results the API returns for one search. A window that returns this many is
     * split in halves until each half fits. 0 means the API has no cap.
     */
    public void setResultCap(int resultCap) {
        this.resultCap = resultCap;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Consumer: where the checkpoint (watermark, ids at the boundary, versions of emitted items, the settings
     * snapshot) is kept: written whole when a batch starts and ends, and a short progress record after each exchange
     * completes. Use a FileStateRepository for one node, a shared store for a cluster. Without one the checkpoint
     * lives in the consumer: a route restart continues from it, a new JVM starts again from startFrom.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getStateKey() {
        return stateKey;
    }

    /**
     * Consumer: the key of this consumer's checkpoint in the state repository. Defaults to the route id and the
     * endpoint URI, so that two endpoints never share a checkpoint.
     */
    public void setStateKey(String stateKey) {
        this.stateKey = stateKey;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    /**
     * Consumer: an idempotent repository for (id, version) keys; an exchange whose key it already holds is not
     * emitted again. For users who want de-duplication across consumers or beyond the checkpoint.
     */
    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * Consumer: the most exchanges one poll emits (oldest first); the rest follow on the next polls. 0 means no limit.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getMaxWindowItems() {
        return maxWindowItems;
    }

    /**
     * Consumer (searchMessages, listSubmissions, listPhishguardReports): the most items one poll reads into memory.
     * A poll reads the oldest part of the backlog that holds at most this many items (narrowing or widening its time
     * window as it goes), emits it, and the next poll continues from there, so memory is bounded by this many items
     * whatever the backlog; use greedy=true to drain a backlog without waiting delay between its windows. 0 reads the
     * whole window since the last poll at once.
     */
    public void setMaxWindowItems(int maxWindowItems) {
        this.maxWindowItems = maxWindowItems;
    }

    /** A copy, so that an endpoint can change its options without touching the component's. */
    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How many times a failed call is retried (408, 409, 429, 5xx and connection errors, unless the API answers
     * {@code x-should-retry: false}); 0 disables retries. Actions on mail are only re-sent after checking that the
     * first attempt did not happen.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getMaxRetryWait() {
        return maxRetryWait;
    }

    /**
     * The longest a thread waits before one retry (or for the shared rate budget). When the API asks for a longer
     * wait ({@code Retry-After}), the call fails at once with an EmailSecurityRateLimitException that carries
     * retryAt.
     */
    public void setMaxRetryWait(long maxRetryWait) {
        this.maxRetryWait = maxRetryWait;
    }

    public boolean isPacing() {
        return pacing;
    }

    /**
     * Whether calls are paced by the rate budget shared by every endpoint with the same account and credential
     * (learnt from the Ratelimit and Ratelimit-Policy headers), so that they stay inside the account's limit together.
     */
    public void setPacing(boolean pacing) {
        this.pacing = pacing;
    }

    public boolean isMaskPersonalData() {
        return maskPersonalData;
    }

    /**
     * Whether the component masks personal data in what it logs itself: the values of the filters that name people or
     * mail (recipient, sender, subject, query, search, pattern, domain, message and alert ids) and e-mail addresses
     * in request paths. Turn it off only to debug a request.
     */
    public void setMaskPersonalData(boolean maskPersonalData) {
        this.maskPersonalData = maskPersonalData;
    }

    public EmailSecurityConfiguration copy() {
        try {
            return (EmailSecurityConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
