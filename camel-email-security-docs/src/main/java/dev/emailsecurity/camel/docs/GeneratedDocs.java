package dev.emailsecurity.camel.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.tooling.model.ComponentModel;

/**
 * The committed files under {@code docs/} that are generated: the option and header pages whole, and the operation
 * table of the user guide between its markers. {@link #main} writes them; the docs test compares them.
 */
public final class GeneratedDocs {

    public static final String OPERATIONS_BEGIN = "<!-- operations:begin (generated from the operation table) -->\n";
    public static final String OPERATIONS_END = "<!-- operations:end -->";

    private GeneratedDocs() {
    }

    /** File name under docs/ to its expected content, given the current content of the docs directory. */
    public static Map<String, String> expected(Path docsDir) throws IOException {
        ComponentModel model = ComponentMetadata.load();
        OptionTables tables = new OptionTables(model);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("options.md", tables.options());
        files.put("headers.md", tables.headers());
        files.put("models.md", ModelReference.page(modelSources(docsDir)));
        files.put("user-guide.md", withOperations(Files.readString(docsDir.resolve("user-guide.md"))));
        return files;
    }

    /**
     * The component's generated sources beside the docs directory, where the models' Javadoc is read (the models are
     * generated from src/main/models).
     */
    static Path modelSources(Path docsDir) {
        return docsDir.toAbsolutePath().normalize().getParent().resolve("camel-email-security/src/generated/java");
    }

    /** The user guide with its operation table replaced by the current one. */
    static String withOperations(String guide) {
        int begin = guide.indexOf(OPERATIONS_BEGIN);
        int end = guide.indexOf(OPERATIONS_END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("user-guide.md lacks the markers " + OPERATIONS_BEGIN.trim() + " ... "
                                            + OPERATIONS_END);
        }
        return guide.substring(0, begin + OPERATIONS_BEGIN.length()) + OperationList.table() + guide.substring(end);
    }

    /** Writes the generated docs into the given docs directory (default {@code docs}). */
    public static void main(String[] args) throws IOException {
        Path docsDir = Path.of(args.length > 0 ? args[0] : "docs");
        for (Map.Entry<String, String> file : expected(docsDir).entrySet()) {
            Files.writeString(docsDir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
