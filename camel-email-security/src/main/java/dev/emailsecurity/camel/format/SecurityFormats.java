package dev.emailsecurity.camel.format;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.json.JsonCodec;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * The formats as a Java API, for routes that build their own envelopes: the OCSF event, the ECS document and the
 * CloudEvent of an item. The data type transformers use exactly these.
 */
public final class SecurityFormats {

    /** The CloudEvents type prefix; the type is {@code <prefix><kind>.new} or {@code <prefix><kind>.changed}. */
    public static final String CLOUDEVENT_TYPE_PREFIX = "com.cloudflare.email-security.";
    /** CloudEvents extension attribute with the consumer's change header, on changed items. */
    public static final String CHANGE_EXTENSION = "emailsecuritychange";

    private SecurityFormats() {
    }

    /** The OCSF 1.5 Email Activity event of a message or PhishGuard report, as a JSON-ready map. */
    public static Map<String, Object> ocsf(SecurityItem item) {
        return OcsfMapper.map(item, IndicatorExtractor.extract(item), Coverage.NONE);
    }

    /** The ECS 9.4 document of a message, submission or PhishGuard report, as a JSON-ready map. */
    public static Map<String, Object> ecs(SecurityItem item) {
        return EcsMapper.map(item, IndicatorExtractor.extract(item), Coverage.NONE);
    }

    /**
     * The CloudEvent of an item: {@code id} the item's id and version (the same on a redelivery, new when the item
     * changes), {@code source} the account's Email Security API, {@code type} per kind and change, {@code time} the
     * item's timestamp, {@code subject} its id, the item's JSON as data.
     */
    public static CloudEvent cloudEvent(SecurityItem item) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(item.id() + ":" + item.version())
                .withSource(source(item))
                .withType(CLOUDEVENT_TYPE_PREFIX + item.kind().eventName() + (item.isChange() ? ".changed" : ".new"))
                .withSubject(item.id())
                .withDataContentType("application/json")
                .withData(JsonCodec.toBytes(item.model()));
        OffsetDateTime time = time(item.timestamp());
        if (time != null) {
            builder.withTime(time);
        }
        if (item.isChange()) {
            builder.withExtension(CHANGE_EXTENSION, item.change());
        }
        return builder.build();
    }

    /** The item's indicators of compromise. */
    public static List<Indicator> indicators(SecurityItem item) {
        return IndicatorExtractor.extract(item);
    }

    private static URI source(SecurityItem item) {
        String account = item.accountId() == null ? "unknown" : item.accountId();
        String stream = switch (item.kind()) {
            case MESSAGE -> "investigate";
            case SUBMISSION -> "submissions";
            case REPORT -> "phishguard/reports";
        };
        return URI.create("https://api.cloudflare.com/client/v4/accounts/" + account + "/email-security/" + stream);
    }

    private static OffsetDateTime time(String iso) {
        Long millis = Verdict.epochMillis(iso);
        if (millis == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso);
        } catch (DateTimeParseException e) {
            return java.time.Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC);
        }
    }
}
