package dev.emailsecurity.camel.catalog.kaoto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.catalog.Json;

/**
 * The stock {@code @kaoto/camel-catalog} package {@code .ci/kaoto-catalog/run} installed with npm, and the library the
 * build wrote from it. Tests that read them carry {@link #TAG}: the build runs them when the package is installed
 * (profile {@code kaoto-catalog}).
 */
final class StockCatalog {

    static final String TAG = "kaoto-stock";

    static final Path STOCK = Path.of(System.getProperty("kaoto.stock.dir",
            "../.ci/kaoto-catalog/node_modules/@kaoto/camel-catalog/dist/camel-catalog"));
    static final Path LIBRARY = Path.of(System.getProperty("kaoto.library.dir", "target/kaoto-catalog"));

    private StockCatalog() {
    }

    /** The runtime index of the stock runtime our library extends. */
    static Path runtimeIndex() {
        for (JsonNode d : Json.read(STOCK.resolve("index.json")).path("definitions")) {
            if (KaotoCatalogLibrary.RUNTIME.equals(d.path("runtime").asText())
                && KaotoCatalogLibrary.RUNTIME_VERSION.equals(d.path("version").asText())) {
                return STOCK.resolve(d.path("fileName").asText());
            }
        }
        throw new IllegalStateException("no stock runtime");
    }

    /** One aggregate (components, kamelets, ...) of a runtime index. */
    static JsonNode aggregate(Path runtimeIndex, String catalog) {
        Path file = runtimeIndex.resolveSibling(Json.read(runtimeIndex).path("catalogs").path(catalog).path("file").asText());
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("missing " + file);
        }
        return Json.read(file);
    }

    /** The files of a folder, relative to it, in order. */
    static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
