package dev.emailsecurity.camel.docs;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.emailsecurity.camel.model.MessageDetails;

/**
 * docs/models.md: every model class of the component with each JSON property as Simple reads it, from the compiled
 * model package and the properties Jackson sees on it.
 */
public final class ModelReference {

    static final String PACKAGE = MessageDetails.class.getPackageName();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelReference() {
    }

    /** One JSON property of a model: its JSON name, the Simple expression that reads it, its Java type. */
    public record Field(String json, String simple, String type, Method getter) {
    }

    /** The concrete model classes, by simple name. */
    public static List<Class<?>> models() throws IOException {
        URI location;
        try {
            location = MessageDetails.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        Path root = Path.of(location);
        if (Files.isDirectory(root)) {
            return models(root);
        }
        try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
            return models(jar.getPath("/"));
        }
    }

    private static List<Class<?>> models(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve(PACKAGE.replace('.', '/')))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("package-info"))
                    .sorted()
                    .<Class<?>> map(n -> load(PACKAGE + "." + n.substring(0, n.length() - ".class".length())))
                    .filter(c -> Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(c.getModifiers()))
                    .toList();
        }
    }

    /** The JSON properties of a model in the order it writes them. */
    public static List<Field> fields(Class<?> model) {
        BeanDescription bean = MAPPER.getSerializationConfig().introspect(MAPPER.constructType(model));
        List<Field> fields = new ArrayList<>();
        for (BeanPropertyDefinition property : bean.findProperties()) {
            if (property.hasGetter()) {
                Method getter = property.getGetter().getAnnotated();
                String name = getter.getName();
                String bare = name.substring(name.startsWith("is") ? 2 : 3);
                String simple = Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
                fields.add(new Field(property.getName(), "${body." + simple + "}", type(getter), getter));
            }
        }
        return fields;
    }

    private static String type(Method getter) {
        return getter.getGenericReturnType().getTypeName().replaceAll("[a-z][\\w]*\\.", "");
    }

    /** The page, with the descriptions read from the model sources under {@code sourceRoot}. */
    public static String page(Path sourceRoot) throws IOException {
        ModelJavadoc javadoc = new ModelJavadoc(sourceRoot);
        StringBuilder md = new StringBuilder(Markdown.GENERATED_NOTE.replace("the component JSON", "the model classes"));
        md.append("# Models: the fields of every result as Simple reads them\n\n")
                .append("Every operation returns one of these classes, or a `java.util.List` of them (see the ")
                .append("result column of the operation table in the [user guide](user-guide.md)). In a route, ")
                .append("Simple reads a field by the name in the first column: `${body.subject}` on a single ")
                .append("result, `${body[0].subject}` on the first item of a list, `${body.size}` for the number ")
                .append("of items. The JSON name is what the API sends and what `marshal().json()` writes; types ")
                .append("are Java types (timestamps are ISO-8601 strings, enum-like values strings, so that values ")
                .append("the API adds never fail).\n\n")
                .append("- The API's `is_*` flags read without the prefix: `${body.quarantined}` for ")
                .append("`is_quarantined` (Java: `isQuarantined()`).\n")
                .append("- `from` (MessageDetails) is the header From as the API sends it, which may carry a display ")
                .append("name (`PayPal <billing@paypal.example>`); `fromName` is that display name alone; ")
                .append("`envelopeFrom` is the SMTP envelope sender, a bare address. Use `envelopeFrom` where an ")
                .append("address is needed, for instance as the pattern of an `EMAIL` blocked sender.\n")
                .append("- Fields the API marks deprecated are listed, with *(deprecated)*; prefer their ")
                .append("replacement.\n\n");
        for (Class<?> model : models()) {
            md.append("## ").append(model.getSimpleName()).append("\n\n");
            md.append(javadoc.of(model).getOrDefault("", "")).append("\n\n");
            md.append(Markdown.header(List.of("Simple", "JSON", "Type", "Description")));
            for (Field field : fields(model)) {
                String deprecated = field.getter().isAnnotationPresent(Deprecated.class) ? " *(deprecated)*" : "";
                md.append(Markdown.row(List.of(Markdown.code(field.simple()), Markdown.code(field.json()) + deprecated,
                        Markdown.code(field.type()), Markdown.cell(javadoc.method(field.getter())))));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
