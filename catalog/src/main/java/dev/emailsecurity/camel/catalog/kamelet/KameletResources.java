package dev.emailsecurity.camel.catalog.kamelet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The Kamelets the component jar ships under {@code kamelets/} (their single source is
 * {@code camel-email-security/src/main/resources/kamelets}), read from the classpath, so the catalog tooling sees
 * exactly what users get.
 */
public final class KameletResources {

    public static final String FOLDER = "kamelets";
    public static final String PREFIX = "cloudflare-email-security-";

    private KameletResources() {
    }

    /** Our Kamelets, sorted by file name. */
    public static List<Kamelet> load() {
        List<Kamelet> kamelets = new ArrayList<>();
        try {
            for (URL url : Collections.list(KameletResources.class.getClassLoader().getResources(FOLDER))) {
                kamelets.addAll(read(url.toURI()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        kamelets.sort(Comparator.comparing(Kamelet::fileName));
        return kamelets;
    }

    /** The Kamelets of one folder on disk (used for Kamelets not shipped yet). */
    public static List<Kamelet> load(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(KameletResources::isOurs).sorted().map(KameletResources::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Kamelet> read(URI folder) throws IOException {
        if ("jar".equals(folder.getScheme())) {
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(folder);
            } catch (FileSystemNotFoundException e) {
                fs = FileSystems.newFileSystem(folder, Map.of());
            }
            return load(fs.provider().getPath(folder));
        }
        return load(Path.of(folder));
    }

    private static boolean isOurs(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(Kamelet.SUFFIX);
    }

    private static Kamelet parse(Path file) {
        try {
            return Kamelet.parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
