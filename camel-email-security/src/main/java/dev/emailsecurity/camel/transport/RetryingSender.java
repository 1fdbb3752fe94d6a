package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityConnectionException;
import dev.emailsecurity.camel.error.EmailSecurityOutcomeUnknownException;
import dev.emailsecurity.camel.error.EmailSecurityRateLimitException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request with the {@link RetryPolicy}, through the shared {@link RatePacer}, without ever doubling a side
 * effect:
 * <ul>
 * <li>reads, PUT and DELETE are retried freely;</li>
 * <li>a 429 and a connection that could not be opened prove that the API did nothing, so any call is retried;</li>
 * <li>an action on mail whose first attempt may have reached the API is re-checked with the request's {@link ActionRecheck}: what
 * the action log shows done is reported done and never sent again. What it does not show is sent again only after
 * the API answered the first attempt with a 5xx other than 504: it has then finished with the request. After no answer at all (reset, response timeout) or a 408/504, the first attempt may still be in progress
 * on the API's side and be applied after the re-check, so the rest fails with
 * {@link EmailSecurityOutcomeUnknownException} instead of being sent a second time;</li>
 * <li>other writes (POST, PATCH) are not re-sent then: a lost answer fails with
 * {@link EmailSecurityOutcomeUnknownException}, an error status with its own exception.</li>
 * </ul>
 */
final class RetryingSender {

    private static final Logger LOG = LoggerFactory.getLogger(RetryingSender.class);

    /**
     * @param response    the final response, or null when the re-check found every action already done
     * @param alreadyDone ids the re-check found already acted on (not sent again)
     */
    record Outcome(ApiResponse response, List<String> alreadyDone) {
    }

    private final BiFunction<URI, ApiRequest, ApiResponse> transport;
    private final RetryPolicy policy;
    private final RatePacer pacer;
    private final ResponseDecoder decoder;
    private final Clock clock;
    private final LogMask logMask;

    RetryingSender(BiFunction<URI, ApiRequest, ApiResponse> transport, RetryPolicy policy, RatePacer pacer,
                   ResponseDecoder decoder, Clock clock, LogMask logMask) {
        this.logMask = logMask;
        this.transport = transport;
        this.policy = policy;
        this.pacer = pacer;
        this.decoder = decoder;
        this.clock = clock;
    }

    Outcome send(URI uri, ApiRequest first) {
        return send(uri, first, transport);
    }

    /** The same, each attempt sent through {@code via} (a caller that reads the response its own way). */
    Outcome send(URI uri, ApiRequest first, BiFunction<URI, ApiRequest, ApiResponse> via) {
        Effect effect = first.effect();
        ApiRequest request = first;
        List<String> done = new ArrayList<>();
        Instant firstSent = null;
        for (int retries = 0;; retries++) {
            Instant sentAt = clock.instant();
            firstSent = firstSent == null ? sentAt : firstSent;
            ApiResponse response;
            try {
                response = paced(uri, request, via);
            } catch (EmailSecurityConnectionException e) {
                boolean unseen = !e.isRequestSent();
                if (!policy.hasRetryLeft(retries) || !(unseen || freelyRetried(effect) || effect == Effect.MAIL_ACTION)) {
                    throw unknownOutcome(effect, request, e);
                }
                if (!unseen && effect == Effect.MAIL_ACTION) {
                    request = recheck(request, firstSent, done, e, false);
                    if (request == null) {
                        return new Outcome(null, done);
                    }
                }
                pause(request, policy.backoff(retries), "connection error", retries);
                continue;
            }
            if (!RetryPolicy.isRetryable(response) || !policy.hasRetryLeft(retries)
                || !(response.status() == 429 || freelyRetried(effect) || effect == Effect.MAIL_ACTION)
                || response.status() == 409 && !freelyRetried(effect)) {
                // a 409 to a write is the API's definite refusal (e.g. a bulk job already COMPLETED): not unknown
                return new Outcome(response, done);
            }
            Duration advertised = RetryPolicy.advertisedWait(response, clock.instant());
            Duration wait = advertised != null ? advertised : policy.backoff(retries);
            if (policy.tooLong(wait)) {
                throw failFast(request, response, clock.instant().plus(wait));
            }
            if (effect == Effect.MAIL_ACTION && response.status() != 429) {
                request = recheck(request, firstSent, done, decoder.failure(request.operation(), response),
                        !mayStillBeInProgress(response.status()));
                if (request == null) {
                    return new Outcome(null, done);
                }
            }
            pause(request, wait, "HTTP " + response.status(), retries);
        }
    }

    private ApiResponse paced(URI uri, ApiRequest request, BiFunction<URI, ApiRequest, ApiResponse> via) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("email-security {}: {}", request.operation(), logMask.describe(request));
        }
        if (pacer == null) {
            return via.apply(uri, request);
        }
        pacer.acquire(request.operation(), policy.maxRetryWait());
        ApiResponse response = null;
        try {
            response = via.apply(uri, request);
            return response;
        } finally {
            pacer.release(response);
        }
    }

    private static boolean freelyRetried(Effect effect) {
        return effect == Effect.READ || effect == Effect.IDEMPOTENT_WRITE;
    }

    /** A gateway or request timeout: the API may not have finished with the request when it answered. */
    private static boolean mayStillBeInProgress(int status) {
        return status == 408 || status == 504;
    }

    /**
     * The request to send again, or null when everything was done.
     *
     * @param finished whether the API has finished with the previous attempt, so that what the action log does not
     *                 show done will not happen any more and may be sent again
     */
    private ApiRequest recheck(ApiRequest request, Instant firstSent, List<String> done,
                               EmailSecurityApiException cause, boolean finished) {
        if (request.recheck() == null) {
            throw unknownOutcome(Effect.MAIL_ACTION, request, cause);
        }
        ActionRecheck.Plan plan;
        try {
            plan = request.recheck().plan(request, firstSent);
        } catch (IOException | RuntimeException e) {
            EmailSecurityOutcomeUnknownException unknown = unknownOutcome(Effect.MAIL_ACTION, request, cause);
            unknown.addSuppressed(e);
            throw unknown;
        }
        if (plan == null) {
            throw unknownOutcome(Effect.MAIL_ACTION, request, cause);
        }
        done.addAll(plan.done());
        if (plan.resend() != null && !finished) {
            throw new EmailSecurityOutcomeUnknownException(request.operation(), "the first attempt got no definite "
                    + "answer (" + cause(cause) + ") and the action log does not show it done for " + plan.pending()
                    + (done.isEmpty() ? "" : " (done for " + done + ")")
                    + ", but the first attempt may still be applied by the API; check the action log before sending "
                    + "it again", cause);
        }
        LOG.debug("email-security {}: outcome of the previous attempt unknown; re-checked the action log: {} already "
                  + "done, {}", request.operation(), plan.done().size(),
                plan.resend() == null ? "nothing to re-send" : "re-sending the rest");
        return plan.resend();
    }

    private static EmailSecurityOutcomeUnknownException unknownOutcome(Effect effect, ApiRequest request,
                                                                       EmailSecurityApiException e) {
        if (freelyRetried(effect) && e instanceof EmailSecurityConnectionException c) {
            throw c;
        }
        if (e instanceof EmailSecurityConnectionException c && !c.isRequestSent()) {
            throw c;
        }
        return new EmailSecurityOutcomeUnknownException(request.operation(),
                (effect == Effect.MAIL_ACTION && request.recheck() == null
                        ? "the component cannot re-check this action"
                        : "the request may have reached the API") + "; check the account before sending it again: " + cause(e),
                e);
    }

    private static String cause(EmailSecurityApiException e) {
        if (e.getStatusCode() > 0) {
            return "HTTP " + e.getStatusCode();
        }
        Throwable io = e.getCause() != null ? e.getCause() : e;
        return io.getClass().getSimpleName() + (io.getMessage() == null ? "" : " (" + io.getMessage() + ")");
    }

    private EmailSecurityApiException failFast(ApiRequest request, ApiResponse response, Instant retryAt) {
        EmailSecurityApiException failure = decoder.failure(request.operation(), response);
        if (failure instanceof EmailSecurityRateLimitException) {
            return failure;
        }
        return new EmailSecurityRateLimitException(request.operation(), response.status(), failure.getErrors(),
                response.requestId(), retryAt);
    }

    private void pause(ApiRequest request, Duration wait, String reason, int retries) {
        LOG.debug("email-security {}: {}; retry {} of {} in {} ms", request.operation(), reason, retries + 1,
                policy.maxRetries(), wait.toMillis());
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry " + request.operation(), e);
        }
    }
}
