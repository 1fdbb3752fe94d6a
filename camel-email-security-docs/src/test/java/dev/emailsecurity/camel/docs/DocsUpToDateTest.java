package dev.emailsecurity.camel.docs;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed option and header tables and the user guide's operation table are what the component JSON and the
 * operation table produce today. With {@code -Ddocs.regenerate=true} the test writes them instead.
 */
class DocsUpToDateTest {

    static final Path DOCS = Path.of(System.getProperty("docs.dir", "../docs"));

    @Test
    void committedDocsMatchTheComponentJson() throws Exception {
        Map<String, String> expected = GeneratedDocs.expected(DOCS);
        if (Boolean.getBoolean("docs.regenerate")) {
            GeneratedDocs.main(new String[] { DOCS.toString() });
        }
        for (Map.Entry<String, String> file : expected.entrySet()) {
            String committed = Files.readString(DOCS.resolve(file.getKey()), StandardCharsets.UTF_8);
            assertThat(committed)
                    .as("docs/%s differs from what the component JSON generates. Regenerate with "
                        + "./mvnw -B -q -pl camel-email-security-docs -am verify -Ddocs.regenerate=true "
                        + "and commit the result", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void optionTablesListEveryOptionAndHeaderOfTheJson() throws Exception {
        var model = ComponentMetadata.load();
        String options = Files.readString(DOCS.resolve("options.md"));
        String headers = Files.readString(DOCS.resolve("headers.md"));
        model.getComponentOptions().forEach(o -> assertThat(options).contains("| `" + o.getName() + "` |"));
        model.getEndpointOptions().forEach(o -> assertThat(options).contains("| `" + o.getName() + "` |"));
        model.getEndpointHeaders().forEach(h -> assertThat(headers).contains("| `" + h.getName() + "` |"));
        assertThat(model.getComponentOptions()).isNotEmpty();
        assertThat(model.getEndpointHeaders()).isNotEmpty();
    }
}
