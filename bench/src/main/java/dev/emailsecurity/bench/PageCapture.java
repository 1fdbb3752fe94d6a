package dev.emailsecurity.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.emailsecurity.emulator.EmailSecurityEmulator;

/**
 * Captures real search pages once from the emulator (its rendering of seeded mail) and stores them as templates:
 * {@code result_info.next} set to a placeholder the server fills, and slots in each item's id and timestamp.
 */
final class PageCapture {

    static final int[] SIZES = {25, 1000};
    static final String NEXT_SLOT = "@NEXT@";

    private PageCapture() {
    }

    static Path pagePath(Path dir, int size) {
        return dir.resolve("page-" + size + ".json");
    }

    static void captureAll(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        ObjectMapper json = new ObjectMapper();
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().seed(42).messageCount(2500).build()
                .start()) {
            HttpClient http = HttpClient.newHttpClient();
            for (int size : SIZES) {
                URI uri = URI.create(emulator.baseUrl() + "/accounts/" + emulator.accountId()
                                     + "/email-security/investigate?start=2000-01-01T00:00:00Z&per_page=" + size);
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri)
                        .header("Authorization", "Bearer " + emulator.readToken()).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("emulator answered " + response.statusCode());
                }
                ObjectNode page = (ObjectNode) json.readTree(response.body());
                ArrayNode result = (ArrayNode) page.get("result");
                if (result.size() != size) {
                    throw new IllegalStateException("expected " + size + " items, got " + result.size());
                }
                for (JsonNode item : result) {
                    ObjectNode o = (ObjectNode) item;
                    o.put("id", o.get("id").asText() + "-" + PageTemplate.ID_SLOT);
                    o.put("scanned_at", "2026-01-01T00:00:00." + PageTemplate.TS_SLOT + "Z");
                }
                ((ObjectNode) page.get("result_info")).put("next", NEXT_SLOT);
                Files.write(pagePath(dir, size), json.writeValueAsBytes(page));
            }
        }
    }
}
