package dev.emailsecurity.camel.catalog.uri;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.emailsecurity.camel.catalog.Json;
import dev.emailsecurity.camel.catalog.kamelet.Kamelet;
import dev.emailsecurity.camel.catalog.kamelet.KameletEndpoints;
import dev.emailsecurity.camel.catalog.kamelet.KameletResources;

/**
 * Every {@code email-security:} endpoint URI the project shows its users: in the README, under {@code docs/} and
 * {@code examples/} (any text file), and in the Kamelets (with their {@code parameters:} as query options).
 */
final class DocumentedUris {

    /** Where a URI was found and the URI. */
    record Found(String where, String uri) {
    }

    static final Path ROOT = Path.of(System.getProperty("project.root", "..")).normalize();
    static final Pattern URI = Pattern.compile("email-security:[A-Za-z{][^\\s\"'`)<>\\]]*");
    /** The component's URI syntax as the generated option tables print it: documentation, not an endpoint. */
    static final String SYNTAX = "email-security:operation";
    /** The component's data type names (email-security:application-ocsf+json, ...): transformers, not endpoints. */
    static final String DATA_TYPE = "email-security:application-";
    /** Files that list invalid URIs on purpose: BadInputTableTest checks that each of them is refused. */
    static final Set<String> INVALID_ON_PURPOSE = Set.of("docs/reliability/bad-input.md");
    static final Set<String> TEXT = Set.of("md", "adoc", "java", "yaml", "yml", "properties", "xml", "txt", "sh", "json");

    private DocumentedUris() {
    }

    static List<Found> all() {
        List<Found> found = new ArrayList<>();
        scan(ROOT.resolve("README.md"), found);
        for (String folder : List.of("docs", "examples")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
                files.filter(Files::isRegularFile).filter(DocumentedUris::isText)
                        .filter(f -> !ROOT.relativize(f).toString().contains("/target/"))
                        .filter(f -> !INVALID_ON_PURPOSE.contains(ROOT.relativize(f).toString()))
                        .forEach(f -> {
                            if (isYaml(f)) {
                                scanYaml(f, found);
                            }
                            scan(f, found);
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Kamelet kamelet : KameletResources.load()) {
            for (KameletEndpoints.Endpoint endpoint : KameletEndpoints.of(kamelet)) {
                if (endpoint.scheme().equals("email-security")) {
                    found.add(new Found(kamelet.fileName(), withParameters(endpoint)));
                }
            }
        }
        return found;
    }

    static String withParameters(KameletEndpoints.Endpoint endpoint) {
        StringBuilder uri = new StringBuilder("email-security:").append(endpoint.path());
        char separator = '?';
        for (var option : endpoint.options().entrySet()) {
            uri.append(separator).append(option.getKey()).append('=').append(option.getValue());
            separator = '&';
        }
        return uri.toString();
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** YAML DSL files: every endpoint with its {@code parameters:} as query options. */
    private static void scanYaml(Path file, List<Found> found) {
        try {
            for (KameletEndpoints.Endpoint endpoint : KameletEndpoints.in(Json.readYaml(Files.readString(file)))) {
                if (endpoint.scheme().equals("email-security")) {
                    found.add(new Found(ROOT.relativize(file).toString(), withParameters(endpoint)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return TEXT.contains(name.substring(name.lastIndexOf('.') + 1));
    }

    private static void scan(Path file, List<Found> found) {
        try {
            String[] lines = Files.readString(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = URI.matcher(lines[i]);
                while (m.find()) {
                    // endpoint patterns such as interceptSendToEndpoint("email-security:moveMessages*") are not URIs
                    if (!m.group().equals(SYNTAX) && !m.group().startsWith(DATA_TYPE) && !m.group().endsWith("*")) {
                        found.add(new Found(ROOT.relativize(file) + ":" + (i + 1), m.group()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
