package dev.emailsecurity.camel.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.emailsecurity.camel.model.AllowPolicy;
import dev.emailsecurity.camel.model.MessageDetails;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Simple expression docs/models.md lists reads its field: evaluated by Camel's Simple language on a model in
 * which every property holds a distinct value, it returns what the getter returns.
 */
class ModelReferenceTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static CamelContext camel;

    @BeforeAll
    static void startCamel() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterAll
    static void stopCamel() {
        camel.stop();
    }

    @Test
    void everyDocumentedExpressionReadsItsField() throws Exception {
        List<Class<?>> models = ModelReference.models();
        assertThat(models).hasSizeGreaterThan(40).contains(MessageDetails.class, AllowPolicy.class);
        int checked = 0;
        for (Class<?> model : models) {
            JavaType type = model.getTypeParameters().length == 0 ? MAPPER.constructType(model)
                    : MAPPER.getTypeFactory().constructParametricType(model, AllowPolicy.class);
            Object instance = MAPPER.convertValue(sample(type), type);
            List<ModelReference.Field> fields = ModelReference.fields(model);
            assertThat(fields).as(model.getSimpleName()).isNotEmpty();
            for (ModelReference.Field field : fields) {
                Object expected = field.getter().invoke(instance);
                assertThat(expected).as("%s.%s has a value in the test", model.getSimpleName(), field.json()).isNotNull();
                assertThat(simple(field.simple(), instance))
                        .as("%s on %s (JSON %s)", field.simple(), model.getSimpleName(), field.json())
                        .isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void listResultsIndexAndSize() {
        MessageDetails first = new MessageDetails();
        first.setFrom("PayPal <billing@paypal.example>");
        first.setEnvelopeFrom("bounce@paypal.example");
        first.setIsQuarantined(true);
        List<MessageDetails> result = List.of(first, new MessageDetails());

        assertThat(simple("${body[0].from}", result)).isEqualTo("PayPal <billing@paypal.example>");
        assertThat(simple("${body[0].envelopeFrom}", result)).isEqualTo("bounce@paypal.example");
        assertThat(simple("${body[0].quarantined}", result)).isEqualTo(true);
        assertThat(simple("${body.size}", result)).isEqualTo(2);
    }

    @Test
    void thePageNamesEveryModelAndField() throws Exception {
        String page = ModelReference.page(GeneratedDocs.modelSources(DocsUpToDateTest.DOCS));
        for (Class<?> model : ModelReference.models()) {
            assertThat(page).contains("## " + model.getSimpleName() + "\n");
        }
        assertThat(page).contains("| `${body.quarantined}` | `is_quarantined` | `Boolean` | Whether the message is quarantined. |")
                .contains("| `${body.envelopeFrom}` | `envelope_from` | `String` | SMTP envelope sender, a bare address")
                .contains("| `${body.regex}` | `is_regex` | `Boolean` | Whether `pattern` is a regular expression. |")
                .as("every model and every field has a description").doesNotContain(" |  |\n", "\n\n\n");
    }

    private static Object simple(String expression, Object body) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setBody(body);
        return camel.resolveLanguage("simple").createExpression(expression).evaluate(exchange, Object.class);
    }

    /** A JSON value of the given type with every property set; strings distinct per property. */
    private static Object sample(JavaType type) {
        return sample(type, "v", 0);
    }

    private static Object sample(JavaType type, String name, int depth) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return name;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Boolean.TRUE;
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return name.length();
        }
        if (type.isCollectionLikeType()) {
            List<Object> list = new ArrayList<>();
            list.add(sample(type.getContentType(), name, depth + 1));
            return list;
        }
        if (type.isMapLikeType() || raw == Object.class) {
            return Map.of("key", name);
        }
        Map<String, Object> object = new LinkedHashMap<>();
        if (depth < 3) {
            BeanDescription bean = MAPPER.getDeserializationConfig().introspect(type);
            for (BeanPropertyDefinition property : bean.findProperties()) {
                if (property.couldDeserialize()) {
                    object.put(property.getName(), sample(property.getPrimaryType(), property.getName(), depth + 1));
                }
            }
        }
        return object;
    }
}
