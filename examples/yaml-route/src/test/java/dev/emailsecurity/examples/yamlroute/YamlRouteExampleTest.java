package dev.emailsecurity.examples.yamlroute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emailsecurity.camel.test.CompleteLines;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The YAML route on Camel Main, as it ships (application.properties and the YAML file), against an emulator in live
 * mode: run, stop, let the emulator add mail and change a message, run again. Every recent MALICIOUS/SUSPICIOUS
 * message is in the file, first as new exactly once, then once per change; nothing is lost and nothing repeated.
 */
class YamlRouteExampleTest {

    static final Set<String> FORWARDED = Set.of("MALICIOUS", "SUSPICIOUS");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    final EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).seed(11).messageCount(60)
            .live(Duration.ofMillis(150), 3).build().start();

    @AfterEach
    void stopEmulator() {
        emulator.close();
    }

    @Test
    void forwardsNewAndChangedMessagesOnceAndResumesAfterARestart() throws Exception {
        Instant since = Instant.now().minus(Duration.ofHours(12));
        Path file = dir.resolve("malicious-mail.jsonl");

        Main first = start();
        try {
            Waits.until("the first run's lines", () -> lines(file).size() >= 6);
        } finally {
            first.stop();
        }
        int firstRun = lines(file).size();
        long held = forwardedMail();
        Waits.until("new MALICIOUS or SUSPICIOUS mail while nothing consumes", () -> forwardedMail() > held);
        // from here on only the test changes mail: a live re-classification of the message changed below to a
        // disposition the route does not forward would hide the change the second run must write
        emulator.stopLive();

        // a message the first run forwarded that is recent enough for the second run's completeness check to watch
        String changed = lines(file).stream()
                .filter(l -> !Instant.parse(l.path("message").path("scanned_at").asText()).isBefore(since))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no recent line in the first run"))
                .path("id").asText();
        // the other one of the two than the line has: the live emulator may have re-classified the message since the
        // line was written, and setting it back to what was forwarded would be no change at all
        String forwarded = lastOf(lines(file), changed).path("message").path("final_disposition").asText();
        String to = "MALICIOUS".equals(forwarded) ? "SUSPICIOUS" : "MALICIOUS";
        emulator.state().reclassify(changed, to);

        Main second = start();
        try {
            // nothing lost: the file catches up with the emulator (which keeps receiving and re-classifying mail)
            Waits.until("every recent MALICIOUS/SUSPICIOUS message in its current state",
                    () -> missingOrStale(lines(file), since).isEmpty());
            Waits.forFurtherCalls(emulator, "email_security_investigate", 2); // new mail maybe, never a repeat
        } finally {
            second.stop();
        }

        List<JsonNode> lines = lines(file);
        System.out.printf("yaml-route: %d lines in the first run, %d in all, %d changes%n", firstRun, lines.size(),
                lines.stream().filter(l -> !l.path("change").isNull()).count());
        assertThat(lines.size()).as("the second run added the mail that arrived while stopped").isGreaterThan(firstRun);
        assertThat(lines).allSatisfy(l -> assertThat(FORWARDED).contains(l.path("message").path("final_disposition").asText()));
        assertThat(repeated(lines)).as("ids whose line repeats the previous version").isEmpty();
        assertThat(lines.stream().filter(l -> l.path("change").isNull()).map(l -> l.path("id").asText()))
                .as("each message is new exactly once").doesNotHaveDuplicates();
        JsonNode last = lastOf(lines, changed);
        assertThat(last.path("change").asText()).contains("disposition");
        assertThat(last.path("message").path("final_disposition").asText()).isEqualTo(to);
        assertThat(Files.readString(dir.resolve("checkpoint").resolve("malicious-mail.state"))).contains("watermark")
                .doesNotContain(emulator.readToken());
    }

    private Main start() throws Exception {
        Main main = YamlRouteExample.create(Map.of(
                "camel.component.email-security.base-url", emulator.baseUrl(),
                "camel.component.email-security.account-id", emulator.accountId(),
                "camel.component.email-security.api-token", emulator.readToken(),
                "example.poll-delay", "100",
                "example.output-dir", dir.toString(),
                "example.checkpoint-dir", dir.resolve("checkpoint").toString()));
        main.start();
        return main;
    }

    /** How many MALICIOUS/SUSPICIOUS messages the emulator holds. */
    private long forwardedMail() {
        return emulator.state().messages().stream().filter(m -> FORWARDED.contains(m.get("final_disposition"))).count();
    }

    /** Recent MALICIOUS/SUSPICIOUS messages of the emulator with no line, or whose last line has another disposition. */
    private List<String> missingOrStale(List<JsonNode> lines, Instant since) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> m : emulator.state().messages()) {
            String disposition = (String) m.get("final_disposition");
            if (FORWARDED.contains(disposition) && !Instant.parse((String) m.get("scanned_at")).isBefore(since)) {
                JsonNode last = lastOf(lines, (String) m.get("id"));
                if (last == null || !disposition.equals(last.path("message").path("final_disposition").asText())) {
                    problems.add(m.get("id") + " " + disposition);
                }
            }
        }
        return problems;
    }

    /** Ids with two successive lines of the same version: a message written twice, not a change. */
    private static List<String> repeated(List<JsonNode> lines) {
        Map<String, String> lastVersion = new HashMap<>();
        List<String> repeated = new ArrayList<>();
        for (JsonNode line : lines) {
            String id = line.path("id").asText();
            String version = line.path("version").asText();
            if (version.equals(lastVersion.put(id, version))) {
                repeated.add(id);
            }
        }
        return repeated;
    }

    private static JsonNode lastOf(List<JsonNode> lines, String id) {
        JsonNode last = null;
        for (JsonNode line : lines) {
            if (id.equals(line.path("id").asText())) {
                last = line;
            }
        }
        return last;
    }

    private static List<JsonNode> lines(Path file) {
        try {
            List<JsonNode> out = new ArrayList<>();
            for (String line : CompleteLines.of(file)) {
                out.add(JSON.readTree(line));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("an unreadable line in " + file, e);
        }
    }
}
