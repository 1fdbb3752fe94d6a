package dev.emailsecurity.camel;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * The options of an {@code email-security} endpoint. Set at component level, they apply to every endpoint; set on a
 * URI, they apply to that endpoint; the API parameters among them can also be overridden per message by the header
 * of the same name (see {@link EmailSecurityConstants}).
 */
@UriParams
public class EmailSecurityConfiguration extends ConsumerOptions implements Cloneable {

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

    /** A copy, so that an endpoint can change its options without touching the component's. */
    public EmailSecurityConfiguration copy() {
        try {
            return (EmailSecurityConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
