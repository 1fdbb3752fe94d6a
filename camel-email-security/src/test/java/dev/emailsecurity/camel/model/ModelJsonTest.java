package dev.emailsecurity.camel.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON every model writes, with every property set, and what it reads back, is the JSON recorded in
 * {@code model-json.txt} before the models were restructured: names, order, nesting and types of every property.
 * The transformers, the docs, the emulator contract tests and the SDK check depend on that JSON.
 */
class ModelJsonTest {

    static final Path GOLDEN = Path.of("src/test/resources/model-json.txt");
    final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyModelWritesAndReadsTheRecordedJson() throws Exception {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Class<?> model : ModelClasses.all()) {
            JavaType type = typeOf(model);
            Object filled = mapper.convertValue(sample(type, 0), type);
            actual.put(model.getSimpleName(), mapper.writeValueAsString(filled));
        }
        if (Boolean.getBoolean("model.json.record")) {
            StringBuilder text = new StringBuilder();
            actual.forEach((name, json) -> text.append(name).append('\t').append(json).append('\n'));
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            recorded.put(line.substring(0, tab), line.substring(tab + 1));
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(recorded);
        for (Class<?> model : ModelClasses.all()) {
            String json = recorded.get(model.getSimpleName());
            Object read = mapper.readValue(json, typeOf(model));
            assertThat(mapper.writeValueAsString(read)).as(model.getSimpleName()).isEqualTo(json);
        }
    }

    private JavaType typeOf(Class<?> model) {
        return model.getTypeParameters().length == 0 ? mapper.constructType(model)
                : mapper.getTypeFactory().constructParametricType(model, AllowPolicy.class);
    }

    /** A JSON value of the given type in which every property of every model down to depth 3 is set. */
    private Object sample(JavaType type, int depth) {
        Class<?> raw = type.getRawClass();
        if (raw == String.class) {
            return "s" + depth;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Boolean.TRUE;
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return 7 + depth;
        }
        if (type.isCollectionLikeType()) {
            List<Object> list = new ArrayList<>();
            list.add(sample(type.getContentType(), depth + 1));
            return list;
        }
        if (type.isMapLikeType() || raw == Object.class) {
            return Map.of("k", "v");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        if (depth > 3) {
            return object;
        }
        BeanDescription bean = mapper.getDeserializationConfig().introspect(type);
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.couldDeserialize()) {
                object.put(property.getName(), sample(property.getPrimaryType(), depth + 1));
            }
        }
        return object;
    }
}
