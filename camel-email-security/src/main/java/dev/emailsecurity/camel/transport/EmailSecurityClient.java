package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.operations.ResultType;

/**
 * The API as one endpoint sees it: a shared {@link HttpTransport}, the account, the credentials, and the envelope
 * decoding. Follows a search answered with 202 and a {@code Location} until the results are ready.
 */
public final class EmailSecurityClient {

    private static final Pattern REMAINING = Pattern.compile("(?:^|;)\\s*r=(\\d+)");
    private static final Duration FIRST_POLL = Duration.ofMillis(200);
    private static final Duration MAX_POLL = Duration.ofSeconds(2);

    private final HttpTransport transport;
    private final String accountId;
    private final Credentials credentials;
    private final ResponseDecoder decoder;
    private final Duration asyncSearchTimeout;
    private final Clock clock;

    /**
     * The outcome of one call.
     *
     * @param decoded            the decoded result and paging information
     * @param status             the HTTP status of the final response
     * @param rateLimitRemaining the requests left in the window, from the {@code Ratelimit} header, or null
     */
    public record Call(ResponseDecoder.Decoded decoded, int status, Integer rateLimitRemaining) {
    }

    public EmailSecurityClient(HttpTransport transport, String accountId, Credentials credentials,
                               Duration asyncSearchTimeout, Clock clock) {
        this.transport = transport;
        this.accountId = accountId;
        this.credentials = credentials;
        this.decoder = new ResponseDecoder(clock);
        this.asyncSearchTimeout = asyncSearchTimeout;
        this.clock = clock;
    }

    public Call call(ApiRequest request, ResultType resultType) {
        URI uri = transport.uriOf(accountId, request);
        Received received = transport.send(uri, credentials, request, (head, body) -> receive(request, resultType,
                head, body));
        ApiResponse response = received.response();
        if (received.decoded() != null) {
            return new Call(received.decoded(), response.status(), remaining(response.rateLimit()));
        }
        if (response.status() == 202 && response.location() != null) {
            response = followLocation(uri, request, response);
        }
        return new Call(decoder.decode(request.operation(), response, resultType), response.status(),
                remaining(response.rateLimit()));
    }

    /** A response as read: decoded from its stream when it is a success, else buffered for the checks. */
    private record Received(ApiResponse response, ResponseDecoder.Decoded decoded) {
    }

    private Received receive(ApiRequest request, ResultType resultType, ApiResponse head, InputStream body)
            throws IOException {
        if (ResponseDecoder.streamable(head)) {
            return new Received(head, decoder.decode(request.operation(), head, body, resultType));
        }
        return new Received(HttpTransport.buffered(head, body), null);
    }

    private ApiResponse followLocation(URI requestUri, ApiRequest request, ApiResponse accepted) {
        Instant deadline = clock.instant().plus(asyncSearchTimeout);
        Duration pause = FIRST_POLL;
        ApiResponse response = accepted;
        ApiRequest poll = new ApiRequest(request.operation(), "GET", request.path(), List.of(), null);
        while (response.status() == 202 && response.location() != null) {
            if (clock.instant().plus(pause).isAfter(deadline)) {
                throw new EmailSecurityApiException(request.operation(), 202, List.of(), response.requestId(),
                        "the search was still running after " + asyncSearchTimeout.toMillis()
                                                                               + " ms (asyncSearchTimeout)");
            }
            pauseFor(pause);
            pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
            response = transport.send(requestUri.resolve(response.location()), credentials, poll);
        }
        return response;
    }

    private static void pauseFor(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a 202 search", e);
        }
    }

    static Integer remaining(String rateLimitHeader) {
        if (rateLimitHeader == null) {
            return null;
        }
        Matcher m = REMAINING.matcher(rateLimitHeader);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    public String accountId() {
        return accountId;
    }

    @Override
    public String toString() {
        return "EmailSecurityClient[" + transport.baseUrl() + ", account " + accountId + ", " + credentials + "]";
    }
}
