package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.error.ApiError;
import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.model.BatchResult;
import dev.emailsecurity.camel.model.MessagePreview;
import dev.emailsecurity.camel.model.MessageRaw;
import dev.emailsecurity.camel.operations.ResultType;

/**
 * Checks the v4 envelope of a response and decodes its {@code result} to the operation's result type. Every error,
 * including {@code success:false} at HTTP 200 and a body that is not JSON, becomes an
 * {@link EmailSecurityApiException}.
 */
public final class ResponseDecoder {

    private static final int MAX_DETAIL = 120;

    private final Clock clock;

    public ResponseDecoder(Clock clock) {
        this.clock = clock;
    }

    /** A decoded page: the typed result and the envelope's paging information (may be null). */
    public record Decoded(Object result, ResultInfo resultInfo) {
    }

    public Decoded decode(String operation, ApiResponse response, ResultType resultType) {
        if (response.status() >= 400) {
            throw failure(operation, response);
        }
        if (response.status() == 204 || response.body().length == 0) {
            return new Decoded(null, null);
        }
        ApiEnvelope<Object> envelope;
        try {
            envelope = JsonCodec.read(response.body(), envelopeType(resultType));
        } catch (IOException e) {
            throw new EmailSecurityApiException(operation, response.status(), List.of(), response.requestId(),
                    "the response is not the API's JSON envelope: " + describeBody(response));
        }
        if (!Boolean.TRUE.equals(envelope.getSuccess())) {
            throw new EmailSecurityApiException(operation, response.status(), envelope.getErrors(),
                    response.requestId(), "success:false");
        }
        return new Decoded(convert(envelope.getResult(), resultType), envelope.getResultInfo());
    }

    /** The exception for an HTTP error status, with Cloudflare's errors when the body has them. */
    public EmailSecurityApiException failure(String operation, ApiResponse response) {
        List<ApiError> errors = List.of();
        String detail = null;
        try {
            ApiEnvelope<JsonNode> envelope
                    = JsonCodec.read(response.body(), JsonCodec.types().constructParametricType(ApiEnvelope.class,
                            JsonNode.class));
            errors = envelope.getErrors();
        } catch (IOException | RuntimeException e) {
            detail = "non-JSON error body: " + describeBody(response);
        }
        return ApiErrors.toException(operation, response, errors, detail, clock.instant());
    }

    private static JavaType envelopeType(ResultType resultType) {
        return JsonCodec.types().constructParametricType(ApiEnvelope.class, resultJavaType(resultType));
    }

    private static JavaType resultJavaType(ResultType resultType) {
        var types = JsonCodec.types();
        return switch (resultType.kind()) {
            case OBJECT -> types.constructType(resultType.itemClass());
            case LIST -> types.constructCollectionType(List.class, resultType.itemClass());
            case BATCH -> types.constructParametricType(BatchResult.class, resultType.itemClass());
            case PNG -> types.constructType(MessagePreview.class);
            case EML -> types.constructType(MessageRaw.class);
            case MAP -> types.constructMapType(Map.class, String.class, Object.class);
        };
    }

    private static Object convert(Object result, ResultType resultType) {
        if (result == null) {
            return null;
        }
        return switch (resultType.kind()) {
            case PNG -> {
                String screenshot = ((MessagePreview) result).getScreenshot();
                yield screenshot == null ? null : Base64.getMimeDecoder().decode(screenshot);
            }
            case EML -> ((MessageRaw) result).getRaw();
            default -> result;
        };
    }

    private static String describeBody(ApiResponse response) {
        String text = new String(response.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        String start = text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
        return (response.contentType() == null ? "" : response.contentType() + ", ") + response.body().length
               + " bytes" + (start.isEmpty() ? "" : ": " + start);
    }
}
