package dev.emailsecurity.camel.format;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.spi.DataType;
import org.apache.camel.spi.Transformer;

/**
 * What the email-security data type transformers share: read the item from the message, keep its indicators in the
 * {@link #INDICATORS_PROPERTY} exchange property, write the result.
 */
abstract class FormatTransformerSupport extends Transformer {

    /** Exchange property with the item's {@code List<Indicator>}, set by every email-security data type. */
    static final String INDICATORS_PROPERTY = "CamelEmailSecurityIndicators";

    @Override
    public final void transform(Message message, DataType from, DataType to) throws InvalidPayloadException {
        SecurityItem item = SecurityItem.of(message);
        List<Indicator> indicators = IndicatorExtractor.extract(item);
        message.getExchange().setProperty(INDICATORS_PROPERTY, indicators);
        write(message, item, indicators);
    }

    abstract void write(Message message, SecurityItem item, List<Indicator> indicators);

    static void json(Message message, String contentType, String json) {
        message.setBody(json);
        message.setHeader(Exchange.CONTENT_TYPE, contentType);
    }
}
