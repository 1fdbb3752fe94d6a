package dev.emailsecurity.camel.springboot;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emailsecurity.camel.docs.ComponentMetadata;
import dev.emailsecurity.camel.docs.SpringConfigurationMetadata;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's Spring configuration metadata lists every component option of the component JSON, documented. */
class SpringConfigurationMetadataTest {

    @Test
    void metadataListsEveryOptionWithItsDescription() throws Exception {
        JsonNode metadata;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated at process-classes into target/classes").isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> properties = new HashMap<>();
        metadata.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));

        ComponentModel model = ComponentMetadata.load();
        List<ComponentModel.ComponentOptionModel> options = SpringConfigurationMetadata.settableOptions(model);
        assertThat(options).hasSizeGreaterThan(60);
        // every option but the reserved switch names (the component's listContentPolicies filter "enabled")
        assertThat(model.getComponentOptions()).hasSize(options.size()
                + (int) model.getComponentOptions().stream().filter(o -> o.getName().equals("enabled")).count());
        for (ComponentModel.ComponentOptionModel option : options) {
            String name = "camel.component.email-security." + StringHelper.camelCaseToDash(option.getName());
            assertThat(properties).as(name).containsKey(name);
            assertThat(properties.get(name).get("description").asText()).as(name).startsWith(option.getDescription());
        }
        assertThat(properties).containsKeys("camel.component.email-security.enabled",
                "camel.component.email-security.customizer.enabled");
        assertThat(properties).hasSize(options.size() + 2);
        assertThat(properties.get("camel.component.email-security.enabled").get("description").asText())
                .startsWith("Whether to enable auto configuration");
        assertThat(properties.get("camel.component.email-security.api-token").get("description").asText())
                .contains("Secret");
        assertThat(metadata.get("hints").findValuesAsText("name"))
                .contains("camel.component.email-security.final-disposition");
    }
}
