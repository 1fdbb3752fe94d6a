package dev.emailsecurity.camel.format;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.cloudevents.CloudEvent;
import org.apache.camel.Message;
import org.apache.camel.spi.DataTypeTransformer;

/**
 * An item as a CloudEvent in binary mode: the item's JSON is the body and the attributes are {@code ce-*} headers
 * (the HTTP binding's names), ready for an HTTP or Knative sink.
 */
@DataTypeTransformer(name = "email-security:application-cloudevents",
                     description = "Writes a message, submission or PhishGuard report as a CloudEvent in binary mode: the item's JSON as body, the attributes as ce-* headers")
public class CloudEventsBinaryDataTypeTransformer extends FormatTransformerSupport {

    /** The prefix of the binary-mode attribute headers. */
    static final String HEADER_PREFIX = "ce-";

    @Override
    void write(Message message, SecurityItem item, List<Indicator> indicators) {
        CloudEvent event = SecurityFormats.cloudEvent(item);
        for (String name : event.getAttributeNames()) {
            Object value = event.getAttribute(name);
            if (value != null && !"datacontenttype".equals(name)) {
                message.setHeader(HEADER_PREFIX + name, text(value));
            }
        }
        for (String name : event.getExtensionNames()) {
            message.setHeader(HEADER_PREFIX + name, text(event.getExtension(name)));
        }
        json(message, event.getDataContentType(), new String(event.getData().toBytes(), StandardCharsets.UTF_8));
    }

    private static String text(Object value) {
        return value instanceof OffsetDateTime t ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t) : value.toString();
    }
}
