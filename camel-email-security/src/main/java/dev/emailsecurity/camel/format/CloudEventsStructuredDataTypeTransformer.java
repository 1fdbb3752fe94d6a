package dev.emailsecurity.camel.format;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.cloudevents.core.format.EventFormat;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.camel.Message;
import org.apache.camel.spi.DataTypeTransformer;

/** An item as a CloudEvent in structured mode: the whole event is the JSON body. */
@DataTypeTransformer(name = "email-security:application-cloudevents+json",
                     description = "Writes a message, submission or PhishGuard report as a CloudEvent in structured mode (application/cloudevents+json)")
public class CloudEventsStructuredDataTypeTransformer extends FormatTransformerSupport {

    private static final EventFormat FORMAT = EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE);

    @Override
    void write(Message message, SecurityItem item, List<Indicator> indicators) {
        byte[] event = FORMAT.serialize(SecurityFormats.cloudEvent(item));
        json(message, JsonFormat.CONTENT_TYPE, new String(event, StandardCharsets.UTF_8));
    }
}
