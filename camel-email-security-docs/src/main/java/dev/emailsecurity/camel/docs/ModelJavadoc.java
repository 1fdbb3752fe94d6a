package dev.emailsecurity.camel.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Javadoc of the model classes, read from their source: each class's description and each public method's, as
 * Markdown text of one line. The model classes carry no runtime descriptions, and their Javadoc is where every
 * field is explained.
 */
final class ModelJavadoc {

    private static final Pattern DOC = Pattern.compile(
            "/\\*\\*((?:[^*]|\\*(?!/))*)\\*/\\s*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*public (?:abstract )?(?:class (\\w+)|[\\w<>, ?]+ (\\w+)\\()",
            Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\{@link(?:plain)? ([^}\\s]+)(?: ([^}]+))?}");
    private static final Pattern CODE = Pattern.compile("\\{@code ((?:[^{}]|\\{[^{}]*})*)}");

    private final Path sourceRoot;
    private final Map<String, Map<String, String>> byClass = new HashMap<>();

    ModelJavadoc(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    /** The description of a class ({@code ""} under the key of its name) and of its methods, by method name. */
    Map<String, String> of(Class<?> type) throws IOException {
        Map<String, String> docs = byClass.get(type.getName());
        if (docs == null) {
            Path file = sourceRoot.resolve(type.getName().replace('.', '/') + ".java");
            if (!Files.isRegularFile(file)) {
                throw new IOException("The source of " + type.getName() + " is not at " + file
                                      + ": docs/models.md is generated from the model sources of the component");
            }
            docs = parse(Files.readString(file, StandardCharsets.UTF_8));
            byClass.put(type.getName(), docs);
        }
        return docs;
    }

    /** The description of a getter, looked up in the class that declares it. */
    String method(java.lang.reflect.Method method) throws IOException {
        return of(method.getDeclaringClass()).getOrDefault(method.getName(), "");
    }

    private static Map<String, String> parse(String source) {
        Map<String, String> docs = new HashMap<>();
        Matcher m = DOC.matcher(source);
        while (m.find()) {
            String key = m.group(2) != null ? "" : m.group(3);
            docs.putIfAbsent(key, markdown(m.group(1)));
        }
        return docs;
    }

    static String markdown(String javadoc) {
        StringBuilder text = new StringBuilder();
        for (String line : javadoc.split("\n")) {
            String trimmed = line.strip();
            trimmed = trimmed.startsWith("*") ? trimmed.substring(1).strip() : trimmed;
            if (trimmed.startsWith("@") && !trimmed.startsWith("@deprecated")) {
                break;
            }
            text.append(trimmed.replace("@deprecated", "Deprecated:")).append(' ');
        }
        String md = CODE.matcher(text.toString().strip()).replaceAll(r -> Matcher.quoteReplacement("`" + r.group(1) + "`"));
        md = LINK.matcher(md).replaceAll(r -> Matcher.quoteReplacement(
                r.group(2) != null ? r.group(2) : "`" + r.group(1).replace('#', '.').replaceFirst("^\\.", "") + "`"));
        return md.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }
}
