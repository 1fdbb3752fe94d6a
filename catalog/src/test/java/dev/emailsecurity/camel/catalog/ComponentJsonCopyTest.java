package dev.emailsecurity.camel.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's copy of the component JSON is exactly what the component build generated (and put in its jar). With
 * {@code -Dcatalog.regenerate=true} the test writes the copy instead.
 */
public class ComponentJsonCopyTest {

    static final Path COPY = Path.of("component/email-security.json");

    /** The one command that refreshes the catalog's generated files; the failure messages name it. */
    public static final String REGENERATE = "./mvnw -B -q -pl catalog -am verify -Dcatalog.regenerate=true";

    @Test
    void copyEqualsTheGeneratedJson() throws Exception {
        if (Boolean.getBoolean("catalog.regenerate")) {
            Files.writeString(COPY, ComponentJson.text());
        }
        assertThat(Files.readString(COPY))
                .as("catalog/%s differs from the component's generated %s: refresh it with %s and commit the result",
                        COPY, ComponentJson.RESOURCE, REGENERATE)
                .isEqualTo(ComponentJson.text());
    }

    @Test
    void theJsonIsOurComponent() {
        assertThat(ComponentJson.tree().path("component").path("scheme").asText()).isEqualTo(ComponentJson.SCHEME);
        assertThat(ComponentJson.tree().path("properties").path("operation").path("enum")).hasSizeGreaterThanOrEqualTo(70);
    }
}
