package dev.emailsecurity.camel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Markdown table that a test renders from its own cases and checks against the committed file under {@code docs/},
 * so that the documentation cannot drift from what the tests show. Run the test with {@code -Ddocs.regenerate=true}
 * to rewrite the file.
 */
final class DocsTable {

    private DocsTable() {
    }

    /** Renders a table with a header row; pipes in cells are escaped. */
    static String render(String intro, List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder(intro).append("\n\n");
        row(sb, header);
        row(sb, header.stream().map(h -> "---").toList());
        rows.forEach(r -> row(sb, r));
        return sb.toString();
    }

    private static void row(StringBuilder sb, List<String> cells) {
        sb.append('|');
        for (String c : cells) {
            sb.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
        }
        sb.append('\n');
    }

    /** Compares with (or, with -Ddocs.regenerate=true, writes) {@code docs/<relative>} of the repository. */
    static void checkOrWrite(String relative, String content) throws IOException {
        Path file = repositoryRoot().resolve("docs").resolve(relative);
        if (Boolean.getBoolean("docs.regenerate")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return;
        }
        assertThat(file).as("docs/" + relative + " is missing; run the test with -Ddocs.regenerate=true").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("docs/" + relative + " differs from what the test shows; run the test with "
                    + "-Ddocs.regenerate=true and commit the file")
                .isEqualTo(content);
    }

    /**
     * Like {@link #checkOrWrite}, for one section of a file that several tests write: the section lies between the
     * lines {@code <!-- name:start -->} and {@code <!-- name:end -->}; a missing section is appended on regeneration.
     */
    static void checkOrWriteSection(String relative, String name, String content) throws IOException {
        Path file = repositoryRoot().resolve("docs").resolve(relative);
        String start = "<!-- " + name + ":start -->\n";
        String end = "<!-- " + name + ":end -->\n";
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        int from = existing.indexOf(start);
        int to = existing.indexOf(end);
        String current = from >= 0 && to > from ? existing.substring(from + start.length(), to) : null;
        if (Boolean.getBoolean("docs.regenerate")) {
            String updated = current != null
                    ? existing.substring(0, from + start.length()) + content + existing.substring(to)
                    : existing + (existing.isEmpty() || existing.endsWith("\n\n") ? "" : "\n") + start + content + end;
            Files.createDirectories(file.getParent());
            Files.writeString(file, updated, StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("docs/" + relative + " has no section " + name + "; run the test with "
                               + "-Ddocs.regenerate=true").isNotNull();
        assertThat(current).as("section " + name + " of docs/" + relative + " differs from what the test shows; run "
                               + "the test with -Ddocs.regenerate=true and commit the file").isEqualTo(content);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (the directory with mvnw)");
        }
        return dir;
    }
}
