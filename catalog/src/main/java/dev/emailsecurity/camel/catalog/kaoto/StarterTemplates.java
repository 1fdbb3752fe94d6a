package dev.emailsecurity.camel.catalog.kaoto;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.emailsecurity.camel.catalog.Json;

/**
 * The library's starter templates: the stock ones (Kaoto opens a new route, Pipe or Kamelet with them, by id) and
 * ours, which start from our component and Kamelets. Same manifest format as the stock
 * {@code starter-templates/index-*.json}; {@code __KAOTO_ID__} is the placeholder Kaoto replaces with a fresh id.
 */
final class StarterTemplates {

    /** One of our templates: its id in the manifest, its description, its file under {@code starter-templates/}. */
    record Template(String id, String description, String file) {
    }

    static final String DIR = "starter-templates";
    static final String RESOURCES = "starter-templates/";

    static final List<Template> OURS = List.of(
            new Template("email-security-route-yaml",
                    "Camel route consuming the Email Security messages of the last day with finalDisposition MALICIOUS",
                    "email-security-route.camel.yaml"),
            new Template("email-security-source-route-yaml",
                    "Camel route from the cloudflare-email-security-source Kamelet to a log",
                    "email-security-source-route.camel.yaml"),
            new Template("email-security-source-pipe-yaml",
                    "Camel Pipe connecting cloudflare-email-security-source to log-sink",
                    "email-security-source-pipe.yaml"),
            new Template("email-security-blocked-sender-route-yaml",
                    "Camel route adding a sender to the blocked senders with the cloudflare-email-security-blocked-sender-sink Kamelet",
                    "email-security-block-sender-route.camel.yaml"));

    private StarterTemplates() {
    }

    /**
     * Writes our templates and a manifest listing the stock templates and ours next to the stock ones (already in
     * {@code out}) and returns the manifest's path relative to {@code out}, for the library index.
     */
    static String write(Path stock, JsonNode stockIndex, Path out) {
        String stockManifest = stockIndex.path("starterTemplates").asText();
        ObjectNode manifest = (ObjectNode) Json.read(stock.resolve(stockManifest));
        ObjectNode catalogs = (ObjectNode) manifest.get("catalogs");
        Path dir = out.resolve(DIR);
        for (Template template : OURS) {
            String text = Json.classpathText(KaotoCatalogLibrary.class.getPackageName().replace('.', '/') + "/"
                    + RESOURCES + template.file());
            String file = KaotoCatalogLibrary.writeHashed(dir, stem(template.file()), extension(template.file()), text);
            ObjectNode entry = catalogs.putObject(template.id());
            entry.put("name", template.id());
            entry.put("description", template.description());
            entry.put("version", "1");
            entry.put("file", file);
        }
        manifest.put("name", manifest.path("name").asText() + " + Cloudflare Email Security");
        return DIR + "/" + KaotoCatalogLibrary.writeHashed(dir, "index", manifest);
    }

    private static String stem(String file) {
        return file.substring(0, file.indexOf('.'));
    }

    private static String extension(String file) {
        return file.substring(file.indexOf('.'));
    }
}
