package dev.emailsecurity.camel.catalog.kamelet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emailsecurity.camel.test.CompleteLines;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A YAML route with {@code transformDataType: toType: email-security:application-ocsf+json} and the messages source Kamelet
 * with {@code format=ocsf}, on camel-main against the emulator: each writes one OCSF Email Activity event per line to
 * a file, for every message the emulator holds.
 */
class FormatRoutesRunTest {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(7)
            .messageCount(30).validateAgainstSpec(true).build();

    @TempDir
    Path out;

    @Test
    void theRouteAndTheKameletWriteOneOcsfEventPerMessage() throws Exception {
        // the route asks for every message (detectionsOnly=false), the Kamelet for the detections (the API default)
        Set<String> all = new TreeSet<>();
        Set<String> detections = new TreeSet<>();
        emulator.state().messages().forEach(m -> {
            all.add(String.valueOf(m.get("id")));
            if (!"NONE".equals(m.get("final_disposition"))) {
                detections.add(String.valueOf(m.get("id")));
            }
        });
        Map<String, Set<String>> expected = Map.of("route.ocsf.jsonl", all, "kamelet.ocsf.jsonl", detections);
        assertThat(detections).isNotEmpty().hasSizeLessThan(all.size());
        Main main = KameletMain.start("classpath:ocsf-routes.camel.yaml", emulator, Map.of("out.dir", out.toString()));
        try {
            expected.forEach((file, ids) -> Waits.until(ids.size() + " events in " + file,
                    () -> events(out.resolve(file)).size(), n -> n >= ids.size()));
        } finally {
            main.stop();
        }
        for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
            String file = e.getKey();
            Set<String> ids = e.getValue();
            List<JsonNode> events = events(out.resolve(file));
            assertThat(events).as(file).hasSize(ids.size()).allSatisfy(event -> {
                assertThat(event.get("class_uid").asInt()).isEqualTo(4009);
                assertThat(event.get("type_uid").asInt()).isEqualTo(400903);
                assertThat(event.at("/metadata/product/name").asText()).isEqualTo("Cloudflare Email Security");
                assertThat(event.at("/email/from").asText()).contains("@");
                assertThat(event.get("time").asLong()).isPositive();
            });
            Set<String> written = new TreeSet<>();
            events.forEach(event -> written.add(event.at("/email/uid").asText()));
            assertThat(written).as(file).isEqualTo(ids);
        }
        emulator.assertNoContractViolations();
    }

    private static List<JsonNode> events(Path file) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : CompleteLines.of(file)) {
            events.add(json.readTree(line));
        }
        return events;
    }
}
