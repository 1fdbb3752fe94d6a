package dev.emailsecurity.camel.format;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object under construction that leaves out nulls, empty strings, empty lists and empty objects. */
final class Obj {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    Obj put(String name, Object value) {
        Object v = value instanceof Obj o ? o.map() : value;
        boolean empty = v == null || v instanceof String s && s.isBlank() || v instanceof Collection<?> c && c.isEmpty()
                        || v instanceof Map<?, ?> m && m.isEmpty();
        if (!empty) {
            fields.put(name, v);
        }
        return this;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    Map<String, Object> map() {
        return fields;
    }
}
