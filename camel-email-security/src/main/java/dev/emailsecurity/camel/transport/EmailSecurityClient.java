package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.model.ActionEntry;
import dev.emailsecurity.camel.transport.ResultType;

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
    private final RetryingSender retries;

    /**
     * The outcome of one call.
     *
     * @param decoded            the decoded result and paging information
     * @param status             the HTTP status of the final response
     * @param rateLimitRemaining the requests left in the window, from the {@code Ratelimit} header, or null
     * @param alreadyDone        ids of messages on which an action had already happened when the component re-checked
     *                           after an unknown outcome (they were not sent again)
     */
    public record Call(ResponseDecoder.Decoded decoded, int status, Integer rateLimitRemaining,
                       List<String> alreadyDone) {
    }

    /**
     * @param retryPolicy when and how to retry failed calls
     * @param pacer       the rate budget shared per account and credential, or null for no pacing
     * @param logMask     how requests appear in the component's DEBUG log (personal data masked or not)
     */
    public EmailSecurityClient(HttpTransport transport, String accountId, Credentials credentials,
                               Duration asyncSearchTimeout, Clock clock, RetryPolicy retryPolicy, RatePacer pacer,
                               LogMask logMask) {
        this.transport = transport;
        this.accountId = accountId;
        this.credentials = credentials;
        this.decoder = new ResponseDecoder(clock);
        this.asyncSearchTimeout = asyncSearchTimeout;
        this.clock = clock;
        this.retries = new RetryingSender(this::send, retryPolicy, pacer, decoder, clock, logMask);
    }

    public Call call(ApiRequest request, ResultType resultType) {
        return call(request, resultType, null);
    }

    /**
     * Makes the call, handing each item of the result to {@code itemObserver} as soon as it is bound (null for none):
     * a consumer looks at every item it polls, cheapest while the item is still in the CPU's caches.
     */
    public Call call(ApiRequest request, ResultType resultType, Consumer<Object> itemObserver) {
        URI uri = transport.uriOf(accountId, request);
        ResponseDecoder.Decoded[] streamed = new ResponseDecoder.Decoded[1];
        RetryingSender.Outcome outcome = retries.send(uri, request, (u, r) -> transport.send(u, credentials, r,
                (head, body) -> receive(r, resultType, itemObserver, head, body, streamed)));
        if (outcome.response() == null) {
            return new Call(new ResponseDecoder.Decoded(List.of(), null), 200, null, outcome.alreadyDone());
        }
        ApiResponse response = outcome.response();
        if (streamed[0] != null) {
            return new Call(streamed[0], response.status(), remaining(response.rateLimit()), outcome.alreadyDone());
        }
        if (response.status() == 202 && response.location() != null) {
            response = followLocation(uri, request, response);
        }
        return new Call(decoder.decode(request, response, resultType, itemObserver), response.status(),
                remaining(response.rateLimit()), outcome.alreadyDone());
    }

    private ApiResponse send(URI uri, ApiRequest request) {
        return transport.send(uri, credentials, request);
    }

    /**
     * Reads one response: a success that will not be retried is decoded from its stream into {@code streamed[0]}
     * (its head, without body, goes on to the retry and pacing logic); anything else is buffered for the checks.
     */
    private ApiResponse receive(ApiRequest request, ResultType resultType, Consumer<Object> itemObserver,
                                ApiResponse head, InputStream body, ResponseDecoder.Decoded[] streamed)
            throws IOException {
        if (ResponseDecoder.streamable(head) && !RetryPolicy.isRetryable(head)) {
            streamed[0] = decoder.decode(request, head, body, resultType, itemObserver);
            return head;
        }
        streamed[0] = null;
        return HttpTransport.buffered(head, body);
    }

    private ApiResponse followLocation(URI requestUri, ApiRequest request, ApiResponse accepted) {
        Instant deadline = clock.instant().plus(asyncSearchTimeout);
        Duration pause = FIRST_POLL;
        ApiResponse response = accepted;
        ApiRequest poll = request.poll();
        while (response.status() == 202 && response.location() != null) {
            if (clock.instant().plus(pause).isAfter(deadline)) {
                throw new EmailSecurityApiException(request.operation(), 202, List.of(), response.requestId(),
                        "the search was still running after " + asyncSearchTimeout.toMillis()
                                                                               + " ms (asyncSearchTimeout)");
            }
            pauseFor(pause);
            pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
            response = retries.send(requestUri.resolve(response.location()), poll).response();
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
