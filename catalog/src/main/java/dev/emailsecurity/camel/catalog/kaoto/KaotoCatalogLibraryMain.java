package dev.emailsecurity.camel.catalog.kaoto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import dev.emailsecurity.camel.catalog.ComponentJson;
import dev.emailsecurity.camel.catalog.kamelet.KameletResources;

/**
 * Writes the Kaoto catalog library (run by the build at {@code process-classes}).
 * Arguments: the stock {@code dist/camel-catalog} folder of {@code @kaoto/camel-catalog}, the output folder.
 */
public final class KaotoCatalogLibraryMain {

    private KaotoCatalogLibraryMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: KaotoCatalogLibraryMain <stock dist/camel-catalog> <output dir>");
        }
        Path out = Path.of(args[1]);
        Path index = new KaotoCatalogLibrary(Path.of(args[0]), out).write(ComponentJson.tree(), KameletResources.load());
        try (InputStream readme = KaotoCatalogLibraryMain.class.getResourceAsStream("README.md")) {
            Files.copy(readme, out.resolve("README.md"), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("Kaoto catalog library: " + index.toAbsolutePath());
    }
}
