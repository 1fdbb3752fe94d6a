package dev.emailsecurity.camel.catalog.dsl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.catalog.ComponentJson;
import dev.emailsecurity.camel.dsl.EmailSecurityEndpointBuilderFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed DSL builders are what the generator gives for the current component JSON. */
class DslGeneratorTest {

    static final Path ROOT = Path.of("src/generated/java");

    @Test
    void committedSourcesMatchTheComponentJson() throws Exception {
        Map<String, String> sources = new DslGenerator(ComponentJson.tree()).sources();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path committed = ROOT.resolve(source.getKey());
            String actual = Files.exists(committed) ? Files.readString(committed) : "";
            if (!actual.equals(source.getValue())) {
                Path fresh = Path.of("target/generated-dsl").resolve(source.getKey());
                Files.createDirectories(fresh.getParent());
                Files.writeString(fresh, source.getValue());
            }
            assertThat(actual).as("%s is stale: regenerate with DslGenerator (a fresh copy is in target/generated-dsl)",
                    committed).isEqualTo(source.getValue());
        }
    }

    @Test
    void everyEndpointOptionHasABuilderMethod() {
        JsonNode properties = ComponentJson.tree().path("properties");
        properties.properties().stream()
                .filter(p -> !"path".equals(p.getValue().path("kind").asText()))
                .forEach(p -> assertThat(EmailSecurityEndpointBuilderFactory.EmailSecurityEndpointBuilder.class.getMethods())
                        .as("builder method %s", p.getKey())
                        .anyMatch(m -> m.getName().equals(p.getKey())));
    }
}
