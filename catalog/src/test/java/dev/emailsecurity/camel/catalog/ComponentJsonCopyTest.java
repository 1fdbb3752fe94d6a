package dev.emailsecurity.camel.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's copy of the component JSON is exactly what the component build generated (and put in its jar). */
class ComponentJsonCopyTest {

    static final Path COPY = Path.of("component/email-security.json");

    @Test
    void copyEqualsTheGeneratedJson() throws Exception {
        assertThat(Files.readString(COPY))
                .as("catalog/%s differs from the component's generated %s: copy it again "
                    + "(cp camel-email-security/src/generated/resources/%s catalog/%s)",
                        COPY, ComponentJson.RESOURCE, ComponentJson.RESOURCE, COPY)
                .isEqualTo(ComponentJson.text());
    }

    @Test
    void theJsonIsOurComponent() {
        assertThat(ComponentJson.tree().path("component").path("scheme").asText()).isEqualTo(ComponentJson.SCHEME);
        assertThat(ComponentJson.tree().path("properties").path("operation").path("enum")).hasSizeGreaterThanOrEqualTo(70);
    }
}
