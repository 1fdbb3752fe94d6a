package dev.emailsecurity.camel;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import dev.emailsecurity.camel.actions.ActionSettings;
import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.OperationSpec;
import dev.emailsecurity.camel.search.ValueLists;

/**
 * Checks an endpoint's configuration when the endpoint is created, so that a route with a bad URI fails at start
 * with a message naming the option, before any HTTP call.
 */
final class EndpointValidation {

    static final int MAX_PAGE_SIZE = 1000;
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9a-fA-F]{32}");

    private EndpointValidation() {
    }

    static void validate(EmailSecurityEndpoint endpoint) {
        EmailSecurityConfiguration c = endpoint.getConfiguration();
        if (c.getAccountId() == null || c.getAccountId().isBlank()) {
            throw new IllegalArgumentException("email-security: accountId is required (the 32-character hexadecimal "
                                               + "Cloudflare account id), on the endpoint or the component");
        }
        if (!ACCOUNT_ID.matcher(c.getAccountId()).matches()) {
            throw new IllegalArgumentException("email-security: accountId '" + c.getAccountId()
                                               + "' is not a Cloudflare account id: expected 32 hexadecimal characters");
        }
        boolean hasToken = c.getApiToken() != null && !c.getApiToken().isBlank();
        boolean hasKey = c.getApiKey() != null && !c.getApiKey().isBlank();
        boolean hasEmail = c.getApiEmail() != null && !c.getApiEmail().isBlank();
        if (!hasToken && !(hasKey && hasEmail)) {
            throw new IllegalArgumentException("email-security: no credentials: set apiToken (recommended), or both "
                                               + "apiKey and apiEmail" + (hasKey || hasEmail ? " (only one of them is set)" : ""));
        }
        if (c.getPageSize() < 1 || c.getPageSize() > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("email-security: pageSize must be between 1 and " + MAX_PAGE_SIZE
                                               + ", was " + c.getPageSize());
        }
        if (c.getMaxResults() < 0) {
            throw new IllegalArgumentException("email-security: maxResults must be 0 (no limit) or positive, was "
                                               + c.getMaxResults());
        }
        validateBaseUrl(c);
        ActionSettings.validate(c);
        validateConnection(c);
        OperationSpec spec = endpoint.getOperation() == null ? null : endpoint.getOperation().spec();
        for (ApiParameter p : ApiParameter.values()) {
            Object value = endpoint.optionValue(p);
            if (value instanceof String s) {
                for (String one : ValueLists.toCheck(spec, p, s)) {
                    if (spec != null && spec.hasOwnValues(p)) {
                        p.check(one, spec.allowedValues(p), endpoint.getOperation().name());
                    } else {
                        p.check(one);
                    }
                }
            }
        }
        if (spec != null) {
            ValueLists.searches(spec, endpoint::optionValue);
        }
        ApiParameter.checkWindow(endpoint.optionValue(ApiParameter.START), endpoint.optionValue(ApiParameter.END));
        if (c.getOverlap() < 0 || c.getChangeWindow() < 0) {
            throw new IllegalArgumentException("email-security: overlap and changeWindow must not be negative, were "
                                               + c.getOverlap() + " and " + c.getChangeWindow() + " ms");
        }
    }

    /**
     * An http(s) URL without query or fragment (they would redirect every call), and https unless the host is a
     * loopback address or {@code allowInsecureBaseUrl} says so: over plain http the token travels in clear.
     */
    private static void validateBaseUrl(EmailSecurityConfiguration c) {
        String url = c.getBaseUrl();
        if (url == null || !url.matches("(?i)https?://.+")) {
            throw new IllegalArgumentException("email-security: baseUrl must be an http or https URL, was " + url);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("email-security: baseUrl is not a valid URL: " + e.getMessage());
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("email-security: baseUrl has no host, was " + url);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("email-security: baseUrl must not have a query string or a fragment "
                                               + "(every call would go elsewhere), was " + url);
        }
        if ("http".equalsIgnoreCase(uri.getScheme()) && !isLoopback(uri.getHost()) && !c.isAllowInsecureBaseUrl()) {
            throw new IllegalArgumentException("email-security: baseUrl " + url + " is plain http to a host that is "
                                               + "not loopback: the credentials would travel in clear. Use https, or "
                                               + "set allowInsecureBaseUrl=true if the network is trusted");
        }
    }

    private static boolean isLoopback(String host) {
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        if (!h.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void validateConnection(EmailSecurityConfiguration c) {
        if (c.getMaxRetries() < 0 || c.getMaxRetries() > 10) {
            throw new IllegalArgumentException("email-security: maxRetries must be between 0 and 10, was "
                                               + c.getMaxRetries());
        }
        if (c.getMaxRetryWait() < 0) {
            throw new IllegalArgumentException("email-security: maxRetryWait must not be negative, was "
                                               + c.getMaxRetryWait() + " ms");
        }
        if (c.getRequestDeadline() <= 0) {
            throw new IllegalArgumentException("email-security: requestDeadline must be positive, was "
                                               + c.getRequestDeadline() + " ms");
        }
        if (c.getConnectTimeout() <= 0 || c.getResponseTimeout() <= 0 || c.getAsyncSearchTimeout() <= 0) {
            throw new IllegalArgumentException("email-security: connectTimeout, responseTimeout and asyncSearchTimeout "
                                               + "must be positive, were " + c.getConnectTimeout() + ", "
                                               + c.getResponseTimeout() + " and " + c.getAsyncSearchTimeout() + " ms");
        }
        if (c.getProxyPort() != null && (c.getProxyPort() < 1 || c.getProxyPort() > 65535)) {
            throw new IllegalArgumentException("email-security: proxyPort must be between 1 and 65535, was "
                                               + c.getProxyPort());
        }
        if (c.getProxyPort() != null && (c.getProxyHost() == null || c.getProxyHost().isBlank())) {
            throw new IllegalArgumentException("email-security: proxyPort is set but proxyHost is not");
        }
        if ((c.getProxyUsername() == null) != (c.getProxyPassword() == null)) {
            throw new IllegalArgumentException("email-security: set both proxyUsername and proxyPassword, or neither");
        }
    }
}
