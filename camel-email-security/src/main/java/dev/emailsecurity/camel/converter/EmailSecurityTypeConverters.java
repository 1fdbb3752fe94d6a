package dev.emailsecurity.camel.converter;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collection;
import java.util.Map;

import dev.emailsecurity.camel.actions.ActionReport;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.Converter;
import org.apache.camel.Exchange;
import org.apache.camel.spi.TypeConverterRegistry;

/**
 * Converts the component's model objects (and lists of them) to JSON text, bytes, a stream or a {@code Map}, so that
 * {@code log}, {@code convertBodyTo(String.class)}, {@code to("file:...")} and YAML routes show real JSON instead of
 * object references.
 */
@Converter(generateLoader = true)
public final class EmailSecurityTypeConverters {

    private static final Package MODEL = MessageDetails.class.getPackage();
    /** The action layer's results (ActionReport, BulkJobResult and their parts) convert the same way. */
    private static final Package ACTIONS = ActionReport.class.getPackage();

    private EmailSecurityTypeConverters() {
    }

    @Converter(fallback = true)
    public static Object convertTo(Class<?> type, Exchange exchange, Object value, TypeConverterRegistry registry) {
        if (!isModel(value)) {
            return null;
        }
        if (type == String.class || type == CharSequence.class) {
            return JsonCodec.toJson(value);
        }
        if (type == byte[].class) {
            return JsonCodec.toBytes(value);
        }
        if (type == InputStream.class) {
            return new ByteArrayInputStream(JsonCodec.toBytes(value));
        }
        if (type == Map.class && !(value instanceof Collection)) {
            // a list is no map: declining lets Simple index it (${body[0].from}) instead of failing the conversion
            return JsonCodec.mapper().convertValue(value, Map.class);
        }
        return null;
    }

    private static boolean isModel(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty() && c.stream().allMatch(EmailSecurityTypeConverters::isModelObject);
        }
        return isModelObject(value);
    }

    private static boolean isModelObject(Object value) {
        return value != null && (MODEL.equals(value.getClass().getPackage())
                                 || ACTIONS.equals(value.getClass().getPackage()) && !(value instanceof Throwable));
    }
}
