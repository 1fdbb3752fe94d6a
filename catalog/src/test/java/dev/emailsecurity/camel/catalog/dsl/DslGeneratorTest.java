package dev.emailsecurity.camel.catalog.dsl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.catalog.ComponentJson;
import dev.emailsecurity.camel.dsl.EmailSecurityEndpointBuilderFactory;
import org.junit.jupiter.api.Test;

import static dev.emailsecurity.camel.catalog.ComponentJsonCopyTest.REGENERATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The committed DSL builders are what the generator gives for the current component JSON. With
 * {@code -Dcatalog.regenerate=true} the test writes them instead.
 */
class DslGeneratorTest {

    static final Path ROOT = Path.of("src/generated/java");
    static final boolean REGENERATING = Boolean.getBoolean("catalog.regenerate");

    @Test
    void committedSourcesMatchTheComponentJson() throws Exception {
        if (REGENERATING) {
            DslGenerator.main(new String[] { ROOT.toString() });
        }
        Map<String, String> sources = new DslGenerator(ComponentJson.tree()).sources();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path committed = ROOT.resolve(source.getKey());
            String actual = Files.exists(committed) ? Files.readString(committed) : "";
            assertThat(actual).as("%s is stale: refresh it with %s and commit the result", committed, REGENERATE)
                    .isEqualTo(source.getValue());
        }
    }

    @Test
    void everyEndpointOptionHasABuilderMethod() {
        assumeFalse(REGENERATING, "the compiled builders are the ones before this regeneration");
        JsonNode properties = ComponentJson.tree().path("properties");
        properties.properties().stream()
                .filter(p -> !"path".equals(p.getValue().path("kind").asText()))
                .forEach(p -> assertThat(EmailSecurityEndpointBuilderFactory.EmailSecurityEndpointBuilder.class.getMethods())
                        .as("builder method %s", p.getKey())
                        .anyMatch(m -> m.getName().equals(p.getKey())));
    }
}
