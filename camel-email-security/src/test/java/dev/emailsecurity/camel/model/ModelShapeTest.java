package dev.emailsecurity.camel.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public shape of the model package against {@code baseline/model-shape.txt}, recorded from the hand-written
 * classes before they were generated from the declarations in {@code src/main/models}: every class with its modifiers, type
 * parameters, superclass and annotations, every declared field, constructor and method with its signature and
 * annotations (annotation values included). A change to the declaration or the generator that changes what users
 * compile against fails here; {@code -Dmodel.shape.record=true} records a new baseline when the change is meant.
 */
class ModelShapeTest {

    static final Path BASELINE = Path.of("src/test/resources/baseline/model-shape.txt");

    @Test
    void theModelsKeepTheirPublicShape() throws Exception {
        String actual = dump(ModelClasses.everyClass());
        if (Boolean.getBoolean("model.shape.record")) {
            Files.writeString(BASELINE, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(BASELINE, StandardCharsets.UTF_8));
    }

    static String dump(List<Class<?>> classes) {
        StringBuilder out = new StringBuilder();
        for (Class<?> type : classes) {
            out.append(Modifier.toString(type.getModifiers())).append(" class ").append(type.getSimpleName())
                    .append(typeParameters(type)).append(" extends ")
                    .append(type.getGenericSuperclass().getTypeName()).append(annotations(type)).append('\n');
            List<String> members = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                members.add("field " + Modifier.toString(field.getModifiers()) + " "
                            + field.getGenericType().getTypeName() + " " + field.getName() + annotations(field));
            }
            Arrays.stream(type.getDeclaredConstructors())
                    .forEach(c -> members.add("constructor " + c.toGenericString() + annotations(c)));
            for (Method method : type.getDeclaredMethods()) {
                members.add("method " + method.toGenericString() + annotations(method));
            }
            members.stream().sorted().forEach(m -> out.append("    ").append(m).append('\n'));
        }
        return out.toString();
    }

    private static String typeParameters(Class<?> type) {
        return type.getTypeParameters().length == 0 ? "" : Arrays.stream(type.getTypeParameters())
                .map(Object::toString).collect(Collectors.joining(", ", "<", ">"));
    }

    private static String annotations(AnnotatedElement element) {
        return Arrays.stream(element.getDeclaredAnnotations()).map(ModelShapeTest::annotation).sorted()
                .map(a -> " " + a).collect(Collectors.joining());
    }

    /** An annotation with all its elements (defaults too), sorted by name: the same text on every JDK. */
    private static String annotation(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        String elements = Arrays.stream(type.getDeclaredMethods()).sorted(Comparator.comparing(Method::getName))
                .map(m -> m.getName() + "=" + value(invoke(m, annotation))).collect(Collectors.joining(", "));
        return "@" + type.getName() + "(" + elements + ")";
    }

    private static String value(Object value) {
        if (value.getClass().isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(value(Array.get(value, i)));
            }
            return items.stream().collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Annotation nested) {
            return annotation(nested);
        }
        if (value instanceof Class<?> type) {
            return type.getName() + ".class";
        }
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    private static Object invoke(Method element, Annotation annotation) {
        try {
            return element.invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
