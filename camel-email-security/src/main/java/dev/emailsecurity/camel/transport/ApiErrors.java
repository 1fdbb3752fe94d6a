package dev.emailsecurity.camel.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.emailsecurity.camel.error.ApiError;
import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityAuthenticationException;
import dev.emailsecurity.camel.error.EmailSecurityBadRequestException;
import dev.emailsecurity.camel.error.EmailSecurityConflictException;
import dev.emailsecurity.camel.error.EmailSecurityNotFoundException;
import dev.emailsecurity.camel.error.EmailSecurityPermissionDeniedException;
import dev.emailsecurity.camel.error.EmailSecurityRateLimitException;
import dev.emailsecurity.camel.error.EmailSecurityServerException;
import dev.emailsecurity.camel.error.EmailSecurityUnprocessableEntityException;

/** Maps a failed response to the exception type for its status. */
final class ApiErrors {

    private ApiErrors() {
    }

    public static EmailSecurityApiException toException(String operation, ApiResponse response, List<ApiError> errors,
                                                        String detail, Instant now) {
        int status = response.status();
        String requestId = response.requestId();
        return switch (status) {
            case 400 -> new EmailSecurityBadRequestException(operation, status, errors, requestId, detail);
            case 401 -> new EmailSecurityAuthenticationException(operation, status, errors, requestId, detail);
            case 403 -> new EmailSecurityPermissionDeniedException(operation, status, errors, requestId, detail);
            case 404 -> new EmailSecurityNotFoundException(operation, status, errors, requestId, detail);
            case 409 -> new EmailSecurityConflictException(operation, status, errors, requestId, detail);
            case 422 -> new EmailSecurityUnprocessableEntityException(operation, status, errors, requestId, detail);
            case 429 -> new EmailSecurityRateLimitException(operation, status, errors, requestId, retryAt(response, now));
            default -> status >= 500
                    ? new EmailSecurityServerException(operation, status, errors, requestId, detail)
                    : new EmailSecurityApiException(operation, status, errors, requestId, detail);
        };
    }

    /**
     * When the API says to retry: {@code retry-after-ms} (milliseconds), else {@code Retry-After} (seconds or an HTTP
     * date); null when neither is present or readable.
     */
    public static Instant retryAt(ApiResponse response, Instant now) {
        Duration wait = retryAfter(response, now);
        return wait == null ? null : now.plus(wait);
    }

    static Duration retryAfter(ApiResponse response, Instant now) {
        if (response.retryAfterMs() != null) {
            try {
                return Duration.ofMillis((long) Double.parseDouble(response.retryAfterMs().trim()));
            } catch (NumberFormatException e) {
                // fall through to Retry-After
            }
        }
        String value = response.retryAfter();
        if (value == null) {
            return null;
        }
        try {
            return Duration.ofMillis((long) (Double.parseDouble(value.trim()) * 1000));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isBefore(now) ? Duration.ZERO : Duration.between(now, at);
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
