package dev.emailsecurity.camel.catalog.kaoto;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.emailsecurity.camel.catalog.ComponentJson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our port of Kaoto's schema derivation gives, for every component and Kamelet of the stock 0.10.4 catalog, exactly
 * the {@code propertiesSchema} Kaoto ships (no exceptions needed), so the entry we generate for our component is
 * the one Kaoto's own generator would produce.
 */
class PropertiesSchemaTest {

    /** Numbers compare by value (an int 5 and a long 5 are the same default). */
    static final Comparator<JsonNode> BY_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    @Test
    @Tag(StockCatalog.TAG)
    void reproducesKaotosSchemaForEveryStockComponent() {
        JsonNode components = StockCatalog.aggregate(StockCatalog.runtimeIndex(), "components");
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : components.properties()) {
            ObjectNode stockJson = entry.getValue().deepCopy();
            JsonNode expected = stockJson.remove("propertiesSchema");
            if (!expected.equals(BY_VALUE, PropertiesSchema.of(stockJson))) {
                mismatches.add(entry.getKey());
            }
        }
        assertThat(components.size()).isGreaterThan(300);
        assertThat(mismatches).as("components whose propertiesSchema we do not reproduce").isEmpty();
    }

    @Test
    @Tag(StockCatalog.TAG)
    void reproducesKaotosSchemaForEveryStockKamelet() {
        JsonNode kamelets = StockCatalog.aggregate(StockCatalog.runtimeIndex(), "kamelets");
        List<String> mismatches = new ArrayList<>();
        kamelets.properties().forEach(e -> {
            if (!e.getValue().get("propertiesSchema").equals(BY_VALUE, KameletPropertiesSchema.of(e.getValue()))) {
                mismatches.add(e.getKey());
            }
        });
        assertThat(kamelets.size()).isGreaterThan(200);
        assertThat(mismatches).as("Kamelets whose propertiesSchema we do not reproduce").isEmpty();
    }

    @Test
    void ourSchemaHasEveryEndpointOptionAndTheRequiredSet() {
        JsonNode json = ComponentJson.tree();
        ObjectNode schema = PropertiesSchema.of(json);

        Set<String> options = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        json.path("properties").properties().forEach(p -> {
            options.add(p.getKey());
            if (p.getValue().path("required").asBoolean()) {
                required.add(p.getKey());
            }
        });
        Set<String> schemaProperties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(schemaProperties::add);
        Set<String> schemaRequired = new TreeSet<>();
        schema.path("required").forEach(r -> schemaRequired.add(r.asText()));

        assertThat(schemaProperties).isEqualTo(options);
        assertThat(schemaRequired).isEqualTo(required).contains("operation", "accountId");
        JsonNode operation = schema.path("properties").path("operation");
        assertThat(operation.path("type").asText()).isEqualTo("string");
        assertThat(operation.path("enum")).hasSize(json.path("properties").path("operation").path("enum").size());
        assertThat(schema.path("properties").path("apiToken").path("format").asText()).isEqualTo("password");
        assertThat(schema.path("properties").path("connectTimeout").path("format").asText()).isEqualTo("duration");
    }
}
