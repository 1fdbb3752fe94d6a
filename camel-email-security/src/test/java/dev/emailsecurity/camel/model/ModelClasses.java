package dev.emailsecurity.camel.model;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The model classes, found in the compiled model package. */
final class ModelClasses {

    private ModelClasses() {
    }

    /** The concrete ones. */
    static List<Class<?>> all() throws IOException, URISyntaxException {
        return everyClass().stream().filter(c -> !Modifier.isAbstract(c.getModifiers()) && !c.isInterface()).toList();
    }

    /** The concrete ones and their abstract bases. */
    static List<Class<?>> everyClass() throws IOException, URISyntaxException {
        Path root = Path.of(MessageDetails.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(MessageDetails.class.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.startsWith("package-info"))
                    .sorted()
                    .map(n -> load(MessageDetails.class.getPackageName() + "." + n.substring(0, n.length() - 6)))
                    .<Class<?>> map(c -> c)
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
