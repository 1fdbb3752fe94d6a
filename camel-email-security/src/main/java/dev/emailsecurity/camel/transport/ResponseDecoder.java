package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import dev.emailsecurity.camel.json.ItemObservers;
import dev.emailsecurity.camel.json.JsonCodec;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.error.ApiError;
import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityOutcomeUnknownException;
import dev.emailsecurity.camel.model.BatchResult;
import dev.emailsecurity.camel.model.MessagePreview;
import dev.emailsecurity.camel.model.MessageRaw;

/**
 * Checks the v4 envelope of a response and decodes its {@code result} to the operation's result type. Every error,
 * including {@code success:false} at HTTP 200 and a body that is not JSON, becomes an
 * {@link EmailSecurityApiException}.
 */
public final class ResponseDecoder {

    private static final int MAX_DETAIL = 120;

    /** One reader per result type, built once: binding the envelope needs no per-call type construction. */
    private static final Map<ResultType, ObjectReader> ENVELOPE_READERS = new ConcurrentHashMap<>();
    private static final Map<ResultType, ObjectReader> OBSERVING_READERS = new ConcurrentHashMap<>();

    private final Clock clock;

    public ResponseDecoder(Clock clock) {
        this.clock = clock;
    }

    /** A decoded page: the typed result and the envelope's paging information (may be null). */
    public record Decoded(Object result, ResultInfo resultInfo) {
    }

    public Decoded decode(ApiRequest request, ApiResponse response, ResultType resultType) {
        return decode(request, response, resultType, null);
    }

    /**
     * Decodes a buffered response.
     *
     * @param itemObserver given each item of the result as soon as it is bound (see {@link ItemObservers}); null for
     *                     none
     */
    public Decoded decode(ApiRequest request, ApiResponse response, ResultType resultType,
                          Consumer<Object> itemObserver) {
        String operation = request.operation();
        if (response.status() >= 400) {
            throw failure(operation, response);
        }
        if (response.status() == 204) {
            return new Decoded(null, null);
        }
        if (response.body().length == 0) {
            throw emptyBody(request, response);
        }
        ApiEnvelope<Object> envelope;
        try {
            envelope = envelopeReader(resultType, itemObserver).readValue(response.body());
        } catch (IOException e) {
            throw notEnvelope(operation, response, response.body(), response.body().length);
        }
        return checked(operation, response, envelope, resultType);
    }

    /**
     * Whether a response can be decoded straight from its body stream by
     * {@link #decode(ApiRequest, ApiResponse, InputStream, ResultType)}: a success that is not a 202 to follow.
     */
    public static boolean streamable(ApiResponse head) {
        return head.status() >= 200 && head.status() < 300 && head.status() != 204
               && !(head.status() == 202 && head.location() != null);
    }

    /**
     * Decodes a {@link #streamable} response from its body stream, binding the envelope and its {@code result}
     * while the bytes arrive: no copy of the body and no tree of the page.
     *
     * @param head         the status and headers
     * @param body         the body stream, or null when there is none
     * @param itemObserver given each item of the result as soon as it is bound; null for none
     */
    public Decoded decode(ApiRequest request, ApiResponse head, InputStream body, ResultType resultType,
                          Consumer<Object> itemObserver) throws IOException {
        String operation = request.operation();
        if (body == null) {
            throw emptyBody(request, head);
        }
        RecordingInputStream recorded = new RecordingInputStream(body);
        ApiEnvelope<Object> envelope;
        try (JsonParser parser = JsonCodec.mapper().getFactory().createParser(recorded)) {
            if (parser.nextToken() == null) {
                throw emptyBody(request, head);
            }
            envelope = envelopeReader(resultType, itemObserver).readValue(parser);
        } catch (JsonProcessingException e) {
            // not JSON, or not the envelope; an I/O failure of the connection itself propagates as it is
            recorded.drain();
            throw notEnvelope(operation, head, recorded.start(), recorded.length());
        }
        return checked(operation, head, envelope, resultType);
    }

    private Decoded checked(String operation, ApiResponse response, ApiEnvelope<Object> envelope,
                            ResultType resultType) {
        if (!Boolean.TRUE.equals(envelope.getSuccess())) {
            throw new EmailSecurityApiException(operation, response.status(), envelope.getErrors(),
                    response.requestId(), "success:false");
        }
        return new Decoded(convert(envelope.getResult(), resultType), envelope.getResultInfo());
    }

    /**
     * A success status without the envelope: the API said nothing of what it did. For an action on mail the outcome
     * is unknown (it may have been applied), so it is not re-sent.
     */
    private static EmailSecurityApiException emptyBody(ApiRequest request, ApiResponse head) {
        String operation = request.operation();
        String detail = "HTTP " + head.status() + " with an empty body, where the API always sends its JSON envelope";
        if (request.effect() == Effect.MAIL_ACTION) {
            return new EmailSecurityOutcomeUnknownException(operation, detail + "; check the action log before "
                                                                       + "sending it again", null);
        }
        return new EmailSecurityApiException(operation, head.status(), List.of(), head.requestId(), detail);
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
            detail = "non-JSON error body: " + describeBody(response.contentType(), response.body(),
                    response.body().length);
        }
        return ApiErrors.toException(operation, response, errors, detail, clock.instant());
    }

    private static ObjectReader envelopeReader(ResultType resultType, Consumer<Object> itemObserver) {
        if (itemObserver == null || resultType.itemClass() == null) {
            return ENVELOPE_READERS.computeIfAbsent(resultType, t -> JsonCodec.mapper().readerFor(envelopeType(t)));
        }
        return ItemObservers.observing(OBSERVING_READERS.computeIfAbsent(resultType,
                t -> ItemObservers.reader(envelopeType(t))), resultType.itemClass(), itemObserver);
    }

    private static JavaType envelopeType(ResultType resultType) {
        return JsonCodec.types().constructParametricType(ApiEnvelope.class, resultJavaType(resultType));
    }

    private static EmailSecurityApiException notEnvelope(String operation, ApiResponse head, byte[] start,
                                                         long length) {
        return new EmailSecurityApiException(operation, head.status(), List.of(), head.requestId(),
                "the response is not the API's JSON envelope: " + describeBody(head.contentType(), start, length));
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

    private static String describeBody(String contentType, byte[] start, long length) {
        String text = new String(start, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
        String head = text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "..." : text;
        return (contentType == null ? "" : contentType + ", ") + length + " bytes" + (head.isEmpty() ? "" : ": " + head);
    }
}
