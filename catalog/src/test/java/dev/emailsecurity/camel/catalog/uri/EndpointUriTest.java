package dev.emailsecurity.camel.catalog.uri;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.catalog.ComponentJson;
import dev.emailsecurity.camel.catalog.ValueListOptions;
import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint URI in the README, docs, examples and Kamelets validates with Camel's own catalog
 * ({@code CamelCatalog.validateEndpointProperties}, camel-catalog 4.18.1) once our component JSON is added, so a
 * new document cannot show an invalid URI. A required option that can be set on the component (the account id,
 * usually configured once as {@code camel.component.email-security.account-id}) may be left out of a URI.
 */
class EndpointUriTest {

    static CamelCatalog catalog() {
        CamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent(ComponentJson.SCHEME, ComponentJson.tree().path("component").path("javaType").asText(),
                ComponentJson.text());
        return catalog;
    }

    static Set<String> componentLevel() {
        Set<String> names = new HashSet<>();
        ComponentJson.tree().path("componentProperties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The problems Camel's catalog reports, less required options that can be set on the component and less lists of
     * allowed values in an option that takes several ({@code finalDisposition=MALICIOUS,SPOOF}: Camel's validator
     * compares the whole text with each value, as it does for its own comma-separated enum options).
     */
    static String problems(CamelCatalog catalog, String uri) {
        EndpointValidationResult result = catalog.validateEndpointProperties(uri);
        int required = result.getRequired() == null ? 0 : result.getRequired().size();
        boolean onlyComponentLevelMissing = result.getRequired() == null
                                            || componentLevel().containsAll(result.getRequired());
        int lists = 0;
        if (result.getInvalidEnum() != null) {
            for (Map.Entry<String, String> invalid : result.getInvalidEnum().entrySet()) {
                List<String> allowed = List.of(result.getInvalidEnumChoices().get(invalid.getKey()));
                if (ValueListOptions.isListOfAllowed(invalid.getKey(), invalid.getValue(), allowed)) {
                    lists++;
                }
            }
        }
        if (result.isSuccess() || (result.getNumberOfErrors() == required + lists && onlyComponentLevelMissing)) {
            return null;
        }
        return result.summaryErrorMessage(false);
    }

    @Test
    void everyDocumentedUriValidates() {
        CamelCatalog catalog = catalog();
        List<DocumentedUris.Found> found = DocumentedUris.all();
        List<String> invalid = new ArrayList<>();
        for (DocumentedUris.Found f : found) {
            String problem = problems(catalog, f.uri());
            if (problem != null) {
                invalid.add(f.where() + ": " + f.uri() + "\n" + problem);
            }
        }
        assertThat(found).extracting(DocumentedUris.Found::where)
                .anyMatch(w -> w.startsWith("README.md"))
                .anyMatch(w -> w.startsWith("examples/quickstart/"))
                .anyMatch(w -> w.startsWith("examples/jbang/triage.camel.yaml"))
                .anyMatch(w -> w.startsWith("docs/"))
                .anyMatch(w -> w.endsWith(".kamelet.yaml"));
        assertThat(invalid).isEmpty();
    }

    @Test
    void theCatalogRejectsWhatIsWrong() {
        CamelCatalog catalog = catalog();
        assertThat(problems(catalog, "email-security:searchMessages?finalDisposition=MALICIOUS")).isNull();
        assertThat(problems(catalog, "email-security:searchMessages?finalDispositon=MALICIOUS")).contains("finalDispositon");
        assertThat(problems(catalog, "email-security:searchMessages?finalDisposition=EVIL")).contains("EVIL");
        assertThat(problems(catalog, "email-security:searchMessages?finalDisposition=MALICIOUS,SPOOF")).isNull();
        assertThat(problems(catalog, "email-security:searchMessages?finalDisposition=MALICIOUS,EVIL")).contains("EVIL");
        assertThat(problems(catalog, "email-security:searchMessages?messageAction=MOVED,PREVIEW")).contains("MOVED");
        assertThat(problems(catalog, "email-security:searchMessages?pageSize=many")).contains("many");
        assertThat(problems(catalog, "email-security:noSuchOperation")).contains("noSuchOperation");
    }
}
