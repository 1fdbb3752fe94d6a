package dev.emailsecurity.camel.catalog.kaoto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.catalog.ComponentJson;
import dev.emailsecurity.camel.catalog.Json;
import dev.emailsecurity.camel.catalog.kamelet.Kamelet;
import dev.emailsecurity.camel.catalog.kamelet.KameletResources;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The library the build wrote under {@code catalog/target/kaoto-catalog} is complete and contains our entries. */
class KaotoCatalogLibraryTest {

    static final Path LIBRARY = StockCatalog.LIBRARY;

    @Test
    void everyFileTheIndexReferencesExistsAndParses() throws Exception {
        JsonNode index = Json.read(LIBRARY.resolve("index.json"));
        assertThat(index.path("definitions")).hasSize(1);
        List<Path> checked = new ArrayList<>();
        for (JsonNode definition : index.path("definitions")) {
            Path runtimeIndex = LIBRARY.resolve(definition.path("fileName").asText());
            JsonNode runtime = Json.read(runtimeIndex);
            assertThat(runtime.path("name").asText()).isEqualTo(definition.path("name").asText());
            for (String section : List.of("catalogs", "schemas")) {
                for (JsonNode entry : runtime.path(section)) {
                    Path file = runtimeIndex.resolveSibling(entry.path("file").asText());
                    assertThat(file).as("%s of %s", entry.path("name").asText(), runtimeIndex).isRegularFile();
                    parse(file);
                    checked.add(file);
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(16);
        assertThat(LIBRARY.resolve("README.md")).content().contains("kaoto.catalog.url", "Karavan.kameletsPath");
    }

    @Test
    void ourComponentAndKameletsAreInTheAggregates() {
        Path runtimeIndex = LIBRARY.resolve(Json.read(LIBRARY.resolve("index.json")).path("definitions").get(0)
                .path("fileName").asText());
        JsonNode ours = StockCatalog.aggregate(runtimeIndex, "components").path(ComponentJson.SCHEME);
        assertThat(ours.path("component")).isEqualTo(ComponentJson.tree().path("component"));
        assertThat(ours.path("properties")).isEqualTo(ComponentJson.tree().path("properties"));
        assertThat(ours.path("propertiesSchema")).isEqualTo(PropertiesSchema.of(ComponentJson.tree()));
        assertThat(StockCatalog.aggregate(runtimeIndex, "components").size())
                .isEqualTo(StockCatalog.aggregate(StockCatalog.runtimeIndex(), "components").size() + 1);

        JsonNode kamelets = StockCatalog.aggregate(runtimeIndex, "kamelets");
        List<Kamelet> ourKamelets = KameletResources.load();
        assertThat(ourKamelets).extracting(Kamelet::name)
                .contains("cloudflare-email-security-source", "cloudflare-email-security-submissions-source",
                        "cloudflare-email-security-action", "cloudflare-email-security-blocked-sender-sink");
        for (Kamelet kamelet : ourKamelets) {
            JsonNode entry = kamelets.path(kamelet.name());
            assertThat(entry.path("spec")).as(kamelet.name()).isEqualTo(kamelet.tree().path("spec"));
            assertThat(entry.path("propertiesSchema").path("properties").path("apiToken").path("format").asText())
                    .isEqualTo("password");
            assertThat(LIBRARY.resolve("kamelets").resolve(kamelet.fileName())).content().isEqualTo(kamelet.text());
        }
    }

    private static void parse(Path file) throws Exception {
        if (file.toString().endsWith(".xsd")) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        } else {
            assertThat(Json.read(file).isContainerNode()).as("%s is JSON", file).isTrue();
        }
        assertThat(Files.size(file)).isPositive();
    }
}
