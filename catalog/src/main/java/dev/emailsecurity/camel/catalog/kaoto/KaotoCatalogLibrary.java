package dev.emailsecurity.camel.catalog.kaoto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.emailsecurity.camel.catalog.Json;
import dev.emailsecurity.camel.catalog.kamelet.Kamelet;

/**
 * Builds a Kaoto catalog library: every definition of the stock {@code @kaoto/camel-catalog} library unchanged,
 * plus, first, a Camel Main runtime with our component (and its {@code propertiesSchema}) merged into the
 * components aggregate and our Kamelets (with theirs) merged into the kamelets aggregate, and the stock starter
 * templates plus ours. The merged files get content-hashed names, as Kaoto's own do, so a browser never serves a
 * stale copy. The Kamelets are also written as YAML under {@code kamelets/}, for Karavan.
 */
public final class KaotoCatalogLibrary {

    /** The stock runtime we extend: the Camel Main line closest to the component's Camel 4.22.0. */
    public static final String RUNTIME = "Main";
    public static final String RUNTIME_VERSION = "4.22.1";
    public static final String NAME = "Camel Main " + RUNTIME_VERSION + " + Cloudflare Email Security";

    private final Path stock;
    private final Path out;

    /**
     * @param stock the {@code dist/camel-catalog} folder of the npm package
     * @param out   where the library is written (replaced)
     */
    public KaotoCatalogLibrary(Path stock, Path out) {
        this.stock = stock;
        this.out = out;
    }

    /** Writes the library and returns the path of its {@code index.json}. */
    public Path write(JsonNode componentJson, List<Kamelet> kamelets) {
        clean();
        StockMirror.mirror(stock, out);
        JsonNode stockIndex = Json.read(stock.resolve("index.json"));
        JsonNode definition = stockDefinition(stockIndex);
        Path stockRuntimeIndex = stock.resolve(definition.get("fileName").asText());
        ObjectNode runtimeIndex = (ObjectNode) Json.read(stockRuntimeIndex);
        String folder = Path.of(definition.get("fileName").asText()).getParent().toString();
        Path runtimeDir = out.resolve(folder);

        // the other catalogs and the schemas of the runtime are the stock files, already mirrored beside ours
        ObjectNode catalogs = (ObjectNode) runtimeIndex.get("catalogs");
        for (Map.Entry<String, JsonNode> entry : catalogs.properties()) {
            ObjectNode catalog = (ObjectNode) entry.getValue();
            Path source = stockRuntimeIndex.resolveSibling(catalog.get("file").asText());
            switch (entry.getKey()) {
                case "components" -> catalog.put("file", writeHashed(runtimeDir, "camel-catalog-aggregate-components",
                        withComponent(Json.read(source), componentJson)));
                case "kamelets" -> catalog.put("file", writeHashed(runtimeDir, "kamelets-aggregate",
                        withKamelets(Json.read(source), kamelets)));
                default -> {
                }
            }
        }
        runtimeIndex.put("name", NAME);
        String runtimeIndexFile = writeHashed(runtimeDir, "index", runtimeIndex);

        ObjectNode index = JsonNodeFactory.instance.objectNode();
        index.put("version", stockIndex.path("version").asInt(3));
        index.put("name", "Cloudflare Email Security catalog library");
        ObjectNode ours = ((ObjectNode) definition).deepCopy();
        ours.put("name", NAME);
        ours.put("fileName", folder + "/" + runtimeIndexFile);
        ArrayNode definitions = index.putArray("definitions");
        definitions.add(ours);
        stockIndex.path("definitions").forEach(definitions::add);
        index.put("starterTemplates", StarterTemplates.write(stock, stockIndex, out));
        Path indexFile = out.resolve("index.json");
        Json.write(indexFile, index);

        writeKameletYaml(kamelets);
        return indexFile;
    }

    private void clean() {
        if (!Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode stockDefinition(JsonNode stockIndex) {
        for (JsonNode d : stockIndex.path("definitions")) {
            if (RUNTIME.equals(d.path("runtime").asText()) && RUNTIME_VERSION.equals(d.path("version").asText())) {
                return d;
            }
        }
        throw new IllegalStateException("No " + RUNTIME + " " + RUNTIME_VERSION + " runtime in " + stock);
    }

    /** The components aggregate with our component added, keys in order. */
    static ObjectNode withComponent(JsonNode aggregate, JsonNode componentJson) {
        ObjectNode entry = componentJson.deepCopy();
        entry.set("propertiesSchema", ValueListSchema.textFields(
                ComponentLevelOptions.notRequired(PropertiesSchema.of(componentJson), componentJson)));
        return sorted(aggregate, componentJson.path("component").path("scheme").asText(), entry);
    }

    /** The kamelets aggregate with our Kamelets added, keys in order. */
    static ObjectNode withKamelets(JsonNode aggregate, List<Kamelet> kamelets) {
        ObjectNode result = (ObjectNode) aggregate;
        for (Kamelet kamelet : kamelets) {
            ObjectNode entry = kamelet.tree().deepCopy();
            entry.set("propertiesSchema", KameletPropertiesSchema.of(kamelet.tree()));
            result = sorted(result, kamelet.name(), entry);
        }
        return result;
    }

    private static ObjectNode sorted(JsonNode aggregate, String key, JsonNode entry) {
        Map<String, JsonNode> entries = new TreeMap<>();
        aggregate.properties().forEach(e -> entries.put(e.getKey(), e.getValue()));
        entries.put(key, entry);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        entries.forEach(result::set);
        return result;
    }

    static String writeHashed(Path dir, String prefix, JsonNode content) {
        try {
            return writeHashed(dir, prefix, ".json", Json.mapper().writeValueAsString(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} to {@code prefix-<hash>extension} in {@code dir} and returns that file name. */
    static String writeHashed(Path dir, String prefix, String extension, String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            String name = prefix + "-" + HexFormat.of().formatHex(digest, 0, 4) + extension;
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name), text);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeKameletYaml(List<Kamelet> kamelets) {
        try {
            Path dir = out.resolve("kamelets");
            Files.createDirectories(dir);
            for (Kamelet kamelet : kamelets) {
                Files.writeString(dir.resolve(kamelet.fileName()), kamelet.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
