package dev.emailsecurity.camel.catalog.kamelet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelets the component jar ships run in-process (camel-main 4.22.0 with camel-yaml-dsl and camel-kamelet 4.18.1),
 * found on the classpath by name with no configuration, against the emulator over loopback. The source Kamelets run
 * in {@link SourceKameletRunTest} (a live emulator there would race the action checks here).
 */
class KameletRunTest {

    static final String ROUTES = "classpath:kamelet-routes.camel.yaml";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(42)
            .messageCount(60).validateAgainstSpec(true).build();

    Main main;
    ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        main = KameletMain.start(ROUTES, emulator);
        CamelContext context = main.getCamelContext();
        assertThat(context.getRoutes()).hasSizeGreaterThanOrEqualTo(3);
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        main.stop();
    }

    @Test
    void theActionReleasesTheIncomingIds() {
        List<String> ids = quarantined(2);

        Exchange exchange = template.request("direct:release", e -> e.getMessage().setBody(ids));

        assertThat(exchange.getException()).isNull();
        assertThat(emulator.state().releasedIds()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(emulator.callCount("email_security_post_release")).isEqualTo(1);
        emulator.assertNoContractViolations();
    }

    @Test
    void theActionMovesTheIncomingIds() {
        List<String> ids = quarantined(2);

        Exchange exchange = template.request("direct:move", e -> e.getMessage().setBody(ids));

        assertThat(exchange.getException()).isNull();
        assertThat(emulator.state().moves()).extracting(m -> m.investigateId() + "->" + m.destination())
                .containsExactlyInAnyOrder(ids.get(0) + "->DeletedItems", ids.get(1) + "->DeletedItems");
        assertThat(emulator.state().releasedIds()).isEmpty();
        emulator.assertNoContractViolations();
    }

    /** Each destination the action Kamelet offers in its dropdown moves a message there. */
    @Test
    void theActionMovesToEveryDestinationItOffers() {
        List<String> offered = new ArrayList<>();
        KameletResources.load().stream().filter(k -> k.name().equals("cloudflare-email-security-action")).findFirst()
                .orElseThrow().tree().path("spec").path("definition").path("properties").path("destination")
                .path("enum").forEach(v -> offered.add(v.asText()));
        List<String> ids = quarantined(offered.size());

        for (int i = 0; i < offered.size(); i++) {
            String id = ids.get(i);
            String folder = offered.get(i);
            Exchange exchange = template.request("direct:move-to", e -> {
                e.getMessage().setHeader("folder", folder);
                e.getMessage().setBody(List.of(id));
            });
            assertThat(exchange.getException()).as(folder).isNull();
        }

        System.out.println("action Kamelet destinations moved to: " + offered);
        assertThat(offered).hasSize(5);
        assertThat(emulator.state().moves()).extracting(m -> m.investigateId() + "->" + m.destination())
                .containsExactlyInAnyOrderElementsOf(
                        ids.stream().map(id -> id + "->" + offered.get(ids.indexOf(id))).toList());
        emulator.assertNoContractViolations();
    }

    @Test
    void theActionTakesAJsonArrayToo() {
        List<String> ids = quarantined(1);

        Exchange exchange = template.request("direct:move", e -> e.getMessage().setBody("[\"" + ids.get(0) + "\"]"));

        assertThat(exchange.getException()).isNull();
        assertThat(emulator.state().moves()).extracting(m -> m.investigateId()).containsExactly(ids.get(0));
    }

    @Test
    void theSinkAddsABlockedSender() {
        String pattern = "ceo\"-spoof@example.net";
        int before = emulator.state().settings("block_senders").size();

        Exchange exchange = template.request("direct:block", e -> e.getMessage().setBody(pattern));

        assertThat(exchange.getException()).isNull();
        List<Map<String, Object>> senders = emulator.state().settings("block_senders");
        assertThat(senders).hasSize(before + 1);
        assertThat(senders).anySatisfy(s -> {
            assertThat(s.get("pattern")).isEqualTo(pattern);
            assertThat(s.get("pattern_type")).isEqualTo("EMAIL");
            assertThat(s.get("is_regex")).isEqualTo(false);
        });
    }

    private static List<String> quarantined(int n) {
        List<String> ids = emulator.state().messages().stream()
                .filter(m -> Boolean.TRUE.equals(m.get("is_quarantined")))
                .limit(n).map(m -> String.valueOf(m.get("id"))).toList();
        assertThat(ids).hasSize(n);
        return ids;
    }
}
