package dev.emailsecurity.camel.json;

import java.io.IOException;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Hands each model object to an observer the moment Jackson has bound it, while its fields are still in the CPU's
 * caches: the consumer reads the id, timestamp and watched values of every item it polls, and read after the whole
 * page they are cache misses. Its readers come from a copy of {@link JsonCodec}'s mapper, so every other read pays
 * nothing; each observes one model class ({@link #observing}), nested objects of other classes cost one attribute
 * lookup each.
 */
public final class ItemObservers {

    /** The attribute key of one model class (a private object, so no other attribute can collide with it). */
    private static final ClassValue<Object> KEYS = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            return new Object();
        }
    };

    private static final String MODEL_PACKAGE = "dev.emailsecurity.camel.model";

    /** The component's mapper with the component's models observable. */
    private static final ObjectMapper MAPPER = JsonCodec.mapper().copy().registerModule(module());

    private ItemObservers() {
    }

    /**
     * A reader of {@code type}, handing every object of {@code itemClass} it binds to {@code observer}.
     *
     * @param base a reader of {@code type} from {@link #reader(JavaType)}, built once
     */
    public static ObjectReader observing(ObjectReader base, Class<?> itemClass, Consumer<Object> observer) {
        return base.withAttribute(KEYS.get(itemClass), observer);
    }

    /** A reader of {@code type} whose models can be observed ({@link #observing}); build it once per type. */
    public static ObjectReader reader(JavaType type) {
        return MAPPER.readerFor(type);
    }

    private static SimpleModule module() {
        SimpleModule module = new SimpleModule("email-security-item-observers");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                Class<?> type = description.getBeanClass();
                return deserializer instanceof BeanDeserializerBase && type.getPackageName().equals(MODEL_PACKAGE)
                        ? new Observed(deserializer, KEYS.get(type)) : deserializer;
            }
        });
        return module;
    }

    private static final class Observed extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        private final transient Object key;

        Observed(JsonDeserializer<?> delegate, Object key) {
            super(delegate);
            this.key = key;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Observed(delegate, key);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object value = _delegatee.deserialize(p, ctxt);
            Object observer = ctxt.getAttribute(key);
            if (observer != null && value != null) {
                ((Consumer<Object>) observer).accept(value);
            }
            return value;
        }
    }
}
