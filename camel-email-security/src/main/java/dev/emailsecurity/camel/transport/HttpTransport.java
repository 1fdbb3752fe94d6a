package dev.emailsecurity.camel.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.emailsecurity.camel.error.EmailSecurityConnectionException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Sends {@link ApiRequest}s over one pooled Apache HttpClient 5 client. Knows URLs, headers and bytes; nothing about
 * the envelope or operations. One instance is shared by every endpoint with the same connection settings.
 */
public final class HttpTransport implements Closeable {

    private static final String USER_AGENT = "camel-email-security/1.0";
    private static final byte[] NO_BODY = new byte[0];

    /**
     * Reads a response while its connection is open.
     *
     * @param <T> what the reader makes of the response
     */
    @FunctionalInterface
    public interface ResponseReader<T> {
        /**
         * @param head the status and headers, with an empty body
         * @param body the body stream, or null when the response has none
         */
        T read(ApiResponse head, InputStream body) throws IOException;
    }

    private final LogSafeClients clients;
    private final String baseUrl;
    private final URI baseUri;
    private final Duration deadline;
    private final ScheduledExecutorService deadlines;

    /** @param deadline the longest one request may take, from sending it to the last byte of the answer */
    HttpTransport(LogSafeClients clients, String baseUrl, Duration deadline) {
        this.clients = clients;
        this.deadline = deadline;
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "email-security-request-deadline");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.deadlines = timer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.baseUri = URI.create(this.baseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Builds the absolute URI of a request for the given account. */
    public URI uriOf(String accountId, ApiRequest request) {
        StringBuilder url = new StringBuilder(baseUrl).append("/accounts/").append(accountId)
                .append("/email-security").append(request.path());
        appendQuery(url, request.query());
        return URI.create(url.toString());
    }

    /** Sends a request to the account's API and returns the raw response. */
    public ApiResponse send(String accountId, Credentials credentials, ApiRequest request) {
        return send(uriOf(accountId, request), credentials, request);
    }

    /**
     * Sends a request to an absolute URI (used to follow a 202 {@code Location}). Credentials are only sent to the
     * configured API host: a Location pointing elsewhere is refused.
     */
    public ApiResponse send(URI uri, Credentials credentials, ApiRequest request) {
        return send(uri, credentials, request, HttpTransport::buffered);
    }

    /**
     * Sends a request to an absolute URI and lets {@code reader} read the response from the open connection (no
     * copy of the body unless the reader makes one), with the same origin check and errors as
     * {@link #send(URI, Credentials, ApiRequest)}.
     */
    public <T> T send(URI uri, Credentials credentials, ApiRequest request, ResponseReader<T> reader) {
        if (!sameOrigin(uri)) {
            throw new EmailSecurityConnectionException(request.operation(),
                    "refusing to send credentials to " + uri.getScheme() + "://" + uri.getAuthority()
                                                                 + ", which is not the configured API host",
                    null);
        }
        HttpUriRequestBase httpRequest = new HttpUriRequestBase(request.method(), uri);
        httpRequest.addHeader("Accept", "application/json");
        httpRequest.addHeader("User-Agent", USER_AGENT);
        if (request.body() != null) {
            httpRequest.setEntity(new ByteArrayEntity(request.body(), ContentType.APPLICATION_JSON));
        }
        credentials.applyTo(httpRequest);
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> abort = deadlines.schedule(() -> {
            expired.set(true);
            httpRequest.cancel();
        }, deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return clients.current().execute(httpRequest, response -> reader.read(head(response),
                    response.getEntity() == null ? null : response.getEntity().getContent()));
        } catch (IOException e) {
            String what = expired.get()
                    ? "no complete answer within requestDeadline (" + deadline.toMillis() + " ms), request aborted"
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            throw new EmailSecurityConnectionException(request.operation(),
                    what + " talking to " + uri.getAuthority(), e,
                    !(e instanceof java.net.ConnectException || e instanceof java.net.UnknownHostException
                      || e instanceof org.apache.hc.client5.http.ConnectTimeoutException));
        } finally {
            abort.cancel(false);
        }
    }

    private boolean sameOrigin(URI uri) {
        return baseUri.getScheme().equalsIgnoreCase(uri.getScheme())
               && baseUri.getAuthority().equalsIgnoreCase(uri.getAuthority());
    }

    private static ApiResponse head(ClassicHttpResponse response) {
        return new ApiResponse(response.getCode(), header(response, "Content-Type"), header(response, "Location"),
                header(response, "Retry-After"), header(response, "retry-after-ms"), header(response, "Ratelimit"),
                header(response, "cf-ray"), NO_BODY, header(response, "Ratelimit-Policy"),
                header(response, "x-should-retry"));
    }

    /** The response with its whole body read into memory. */
    public static ApiResponse buffered(ApiResponse head, InputStream body) throws IOException {
        return body == null ? head : withBody(head, body.readAllBytes());
    }

    /** The same response with another body. */
    public static ApiResponse withBody(ApiResponse head, byte[] body) {
        return new ApiResponse(head.status(), head.contentType(), head.location(), head.retryAfter(),
                head.retryAfterMs(), head.rateLimit(), head.requestId(), body == null ? NO_BODY : body,
                head.rateLimitPolicy(), head.shouldRetry());
    }

    private static String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private static void appendQuery(StringBuilder url, List<Map.Entry<String, String>> query) {
        char sep = '?';
        for (Map.Entry<String, String> e : query) {
            url.append(sep).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
            sep = '&';
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Encodes one path segment (ids may hold ':' and other characters that are legal in a segment). */
    public static String encodePathSegment(String segment) {
        return encode(segment).replace("%3A", ":").replace("%40", "@");
    }

    @Override
    public void close() throws IOException {
        deadlines.shutdownNow();
        clients.close();
    }
}
