package dev.emailsecurity.camel.consumer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.emailsecurity.camel.json.JsonCodec;

/**
 * Reads the properties of a typed item by their JSON names, through the component mapper's own view of the class,
 * so the consumer looks at the fields it tracks without turning every item into a JSON tree.
 */
final class ItemFields {

    private static final ClassValue<ItemFields> BY_CLASS = new ClassValue<>() {
        @Override
        protected ItemFields computeValue(Class<?> type) {
            return new ItemFields(type);
        }
    };

    private final Map<String, AnnotatedMember> accessors = new HashMap<>();

    private ItemFields(Class<?> type) {
        BeanDescription description = JsonCodec.mapper().getSerializationConfig()
                .introspect(JsonCodec.mapper().constructType(type));
        for (BeanPropertyDefinition property : description.findProperties()) {
            AnnotatedMember accessor = property.getAccessor();
            if (accessor != null) {
                accessor.fixAccess(true);
                accessors.put(property.getName(), accessor);
            }
        }
    }

    static ItemFields of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    /** The value of the property with this JSON name; null when the item has no such property or it is unset. */
    Object get(Object item, String jsonName) {
        if (item instanceof Map<?, ?> map) {
            return map.get(jsonName);
        }
        AnnotatedMember accessor = accessors.get(jsonName);
        return accessor == null ? null : accessor.getValue(item);
    }

    /**
     * Appends the value as its JSON text, as a JSON tree would print it, and nothing for null: what version strings
     * are made of. Strings, booleans, integers and lists of them are written here; anything else by the mapper.
     */
    static void appendJson(StringBuilder out, Object value) {
        if (value != null) {
            appendJsonValue(out, value);
        }
    }

    private static void appendJsonValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            out.append('"');
            JsonStringEncoder.getInstance().quoteAsString(s, out);
            out.append('"');
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendJsonValue(out, list.get(i));
            }
            out.append(']');
        } else {
            out.append(JsonCodec.toJson(value));
        }
    }

    /** The value as plain text (ids, timestamps), null for null. */
    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
