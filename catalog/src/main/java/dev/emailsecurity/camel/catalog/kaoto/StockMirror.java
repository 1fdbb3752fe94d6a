package dev.emailsecurity.camel.catalog.kaoto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Puts every file of the stock catalog (444 MB for 0.10.4) into the library under the same relative path, as a
 * hard link where the file system allows it and as a copy where it does not, so the library's index can list every
 * stock definition unchanged. The stock {@code index.json} is left out: the library writes its own.
 */
final class StockMirror {

    private StockMirror() {
    }

    static void mirror(Path stock, Path out) {
        try (Stream<Path> files = Files.walk(stock)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = stock.relativize(file);
                if (relative.equals(Path.of("index.json"))) {
                    continue;
                }
                Path target = out.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                link(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path file, Path target) throws IOException {
        try {
            Files.createLink(target, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, target);
        }
    }
}
