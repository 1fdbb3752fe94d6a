package dev.emailsecurity.camel.catalog.jbang;

import dev.emailsecurity.camel.catalog.ComponentJson;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.tooling.model.ComponentModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With this module's jar on the class path, Camel's own catalog finds the component by name, as Camel JBang's
 * {@code camel doc component:email-security} looks it up ({@code new DefaultCamelCatalog(true).componentModel}),
 * with the options and headers of the component JSON.
 */
class CamelCatalogDiscoveryTest {

    @Test
    void camelsCatalogFindsTheComponentByName() {
        ComponentModel model = new DefaultCamelCatalog(true).componentModel(ComponentJson.SCHEME);

        assertThat(model).as("org/apache/camel/catalog/components/email-security.json on the class path").isNotNull();
        assertThat(model.getScheme()).isEqualTo("email-security");
        assertThat(model.getTitle()).isEqualTo(ComponentJson.tree().path("component").path("title").asText());
        assertThat(model.getEndpointOptions()).extracting(o -> o.getName()).contains("operation", "finalDisposition");
        assertThat(model.getEndpointHeaders()).extracting(h -> h.getName())
                .contains("CamelEmailSecurityFinalDisposition");
    }
}
