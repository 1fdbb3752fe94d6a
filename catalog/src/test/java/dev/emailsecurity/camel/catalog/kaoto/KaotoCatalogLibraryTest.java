package dev.emailsecurity.camel.catalog.kaoto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.catalog.ComponentJson;
import dev.emailsecurity.camel.catalog.Json;
import dev.emailsecurity.camel.catalog.ValueListOptions;
import dev.emailsecurity.camel.catalog.kamelet.Kamelet;
import dev.emailsecurity.camel.catalog.kamelet.KameletResources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The library the build wrote under {@code catalog/target/kaoto-catalog} against the stock {@code @kaoto/camel-catalog}
 * 0.10.4: every stock definition and starter template unchanged, plus ours, complete and parseable.
 */
@Tag(StockCatalog.TAG)
class KaotoCatalogLibraryTest {

    static final Path LIBRARY = StockCatalog.LIBRARY;
    static final Path STOCK = StockCatalog.STOCK;

    @Test
    void holdsEveryStockDefinitionUnchangedPlusOurs() throws Exception {
        JsonNode stockIndex = Json.read(STOCK.resolve("index.json"));
        JsonNode index = Json.read(LIBRARY.resolve("index.json"));
        JsonNode definitions = index.path("definitions");

        List<JsonNode> stockDefinitions = new ArrayList<>();
        stockIndex.path("definitions").forEach(stockDefinitions::add);
        List<JsonNode> theirs = new ArrayList<>();
        definitions.forEach(theirs::add);
        assertThat(theirs.subList(1, theirs.size())).containsExactlyElementsOf(stockDefinitions);
        assertThat(definitions.get(0).path("name").asText()).isEqualTo(KaotoCatalogLibrary.NAME);
        System.out.printf("Kaoto library: %d definitions = %d stock (%s) + ours (%s)%n", definitions.size(),
                stockDefinitions.size(), runtimes(stockIndex), KaotoCatalogLibrary.NAME);

        for (JsonNode definition : stockDefinitions) {
            String fileName = definition.path("fileName").asText();
            assertThat(Files.mismatch(STOCK.resolve(fileName), LIBRARY.resolve(fileName))).as(fileName).isEqualTo(-1L);
        }
        List<Path> stockFiles = new ArrayList<>(StockCatalog.files(STOCK));
        stockFiles.remove(Path.of("index.json"));
        assertThat(StockCatalog.files(LIBRARY)).containsAll(stockFiles);
        for (Path file : stockFiles) {
            assertThat(Files.mismatch(STOCK.resolve(file), LIBRARY.resolve(file))).as("%s", file).isEqualTo(-1L);
        }
    }

    @Test
    void everyFileARuntimeIndexReferencesExistsAndParses() throws Exception {
        List<Path> checked = new ArrayList<>();
        for (JsonNode definition : Json.read(LIBRARY.resolve("index.json")).path("definitions")) {
            Path runtimeIndex = LIBRARY.resolve(definition.path("fileName").asText());
            JsonNode runtime = Json.read(runtimeIndex);
            assertThat(runtime.path("name").asText()).isEqualTo(definition.path("name").asText());
            for (String section : List.of("catalogs", "schemas")) {
                for (JsonNode entry : runtime.path(section)) {
                    Path file = runtimeIndex.resolveSibling(entry.path("file").asText());
                    assertThat(file).as("%s of %s", entry.path("name").asText(), runtimeIndex).isRegularFile();
                    checked.add(file);
                }
            }
        }
        Path ourIndex = LIBRARY.resolve(Json.read(LIBRARY.resolve("index.json")).path("definitions").get(0)
                .path("fileName").asText());
        for (Path file : checked) {
            if (file.startsWith(ourIndex.getParent())) {
                parse(file);
            }
        }
        assertThat(checked).hasSizeGreaterThan(21 * 10);
        assertThat(LIBRARY.resolve("README.md")).content().contains("kaoto.catalog.url", "Karavan.kameletsPath");
    }

    @Test
    void ourComponentAndKameletsAreInTheAggregates() {
        Path runtimeIndex = ourRuntimeIndex();
        JsonNode ours = StockCatalog.aggregate(runtimeIndex, "components").path(ComponentJson.SCHEME);
        assertThat(ours.path("component")).isEqualTo(ComponentJson.tree().path("component"));
        assertThat(ours.path("properties")).isEqualTo(ComponentJson.tree().path("properties"));
        JsonNode derived = PropertiesSchema.of(ComponentJson.tree()).path("properties");
        derived.properties().forEach(p -> {
            if (!ValueListOptions.names().contains(p.getKey())) {
                assertThat(ours.path("propertiesSchema").path("properties").path(p.getKey())).isEqualTo(p.getValue());
            }
        });
        assertThat(StockCatalog.aggregate(runtimeIndex, "components").size())
                .isEqualTo(StockCatalog.aggregate(StockCatalog.runtimeIndex(), "components").size() + 1);

        JsonNode kamelets = StockCatalog.aggregate(runtimeIndex, "kamelets");
        List<Kamelet> ourKamelets = KameletResources.load();
        assertThat(ourKamelets).extracting(Kamelet::name)
                .contains("cloudflare-email-security-source", "cloudflare-email-security-submissions-source",
                        "cloudflare-email-security-action", "cloudflare-email-security-blocked-sender-sink");
        assertThat(kamelets.size())
                .isEqualTo(StockCatalog.aggregate(StockCatalog.runtimeIndex(), "kamelets").size() + ourKamelets.size());
        for (Kamelet kamelet : ourKamelets) {
            JsonNode entry = kamelets.path(kamelet.name());
            assertThat(entry.path("spec")).as(kamelet.name()).isEqualTo(kamelet.tree().path("spec"));
            assertThat(entry.path("propertiesSchema").path("properties").path("apiToken").path("format").asText())
                    .isEqualTo("password");
            assertThat(LIBRARY.resolve("kamelets").resolve(kamelet.fileName())).content().isEqualTo(kamelet.text());
        }
    }

    /** Kaoto's ModelValidationService reports every name of the schema's required list a node has no value for. */
    @Test
    void accountIdIsNotRequiredOnANodeSinceItIsSetOnceOnTheComponent() {
        JsonNode schema = StockCatalog.aggregate(ourRuntimeIndex(), "components").path(ComponentJson.SCHEME)
                .path("propertiesSchema");
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        JsonNode json = ComponentJson.tree();
        assertThat(json.path("properties").path("accountId").path("required").asBoolean()).isTrue();
        assertThat(json.path("componentProperties").has("accountId")).isTrue();
        assertThat(required).contains("operation").doesNotContain("accountId");
        System.out.println("Kaoto node schema of email-security: required " + required);
    }

    /** An option taking several values is a text field listing its values, not a one-value drop-down. */
    @Test
    void optionsTakingSeveralValuesAreTextFieldsListingTheValues() {
        JsonNode properties = StockCatalog.aggregate(ourRuntimeIndex(), "components").path(ComponentJson.SCHEME)
                .path("propertiesSchema").path("properties");
        assertThat(ValueListOptions.names()).contains("finalDisposition", "sender", "recipient", "domain");
        JsonNode finalDisposition = properties.path("finalDisposition");
        assertThat(finalDisposition.has("enum")).isFalse();
        assertThat(finalDisposition.path("type").asText()).isEqualTo("string");
        assertThat(finalDisposition.path("description").asText())
                .contains("Values: MALICIOUS, SUSPICIOUS, SPOOF, SPAM, BULK, NONE (one, or several comma-separated).");
        assertThat(finalDisposition.path("examples").toString()).isEqualTo("[\"MALICIOUS\",\"MALICIOUS,NONE\"]");
        assertThat(properties.path("messageAction").path("enum")).isNotEmpty();
    }

    @Test
    void holdsTheStockStarterTemplatesUnchangedPlusOursForOurKamelets() throws Exception {
        JsonNode stockIndex = Json.read(STOCK.resolve("index.json"));
        JsonNode stockManifest = Json.read(STOCK.resolve(stockIndex.path("starterTemplates").asText()));
        Path manifestFile = LIBRARY.resolve(Json.read(LIBRARY.resolve("index.json")).path("starterTemplates").asText());
        JsonNode catalogs = Json.read(manifestFile).path("catalogs");

        for (Map.Entry<String, JsonNode> entry : stockManifest.path("catalogs").properties()) {
            assertThat(catalogs.path(entry.getKey())).isEqualTo(entry.getValue());
            String file = entry.getValue().path("file").asText();
            assertThat(Files.mismatch(STOCK.resolve("starter-templates").resolve(file),
                    manifestFile.resolveSibling(file))).isEqualTo(-1L);
        }
        Set<String> kameletNames = new TreeSet<>();
        KameletResources.load().forEach(k -> kameletNames.add(k.name()));
        for (StarterTemplates.Template template : StarterTemplates.OURS) {
            JsonNode entry = catalogs.path(template.id());
            assertThat(entry.path("description").asText()).isEqualTo(template.description());
            String text = Files.readString(manifestFile.resolveSibling(entry.path("file").asText()));
            assertThat(text).contains("__KAOTO_ID__");
            assertThat(Json.readYaml(text).isContainerNode()).isTrue();
            assertThat(kameletNames.stream().anyMatch(text::contains) || text.contains("uri: email-security:"))
                    .as(template.id()).isTrue();
        }
        assertThat(catalogs.size()).isEqualTo(stockManifest.path("catalogs").size() + StarterTemplates.OURS.size());
        System.out.printf("Starter templates: %d stock + %d ours%n", stockManifest.path("catalogs").size(),
                StarterTemplates.OURS.size());
    }

    private static Path ourRuntimeIndex() {
        return LIBRARY.resolve(Json.read(LIBRARY.resolve("index.json")).path("definitions").get(0)
                .path("fileName").asText());
    }

    private static String runtimes(JsonNode index) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        index.path("definitions").forEach(d -> counts.merge(d.path("runtime").asText(), 1, Integer::sum));
        return counts.toString();
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
