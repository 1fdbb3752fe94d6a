package dev.emailsecurity.camel.catalog.kamelet;

import java.util.List;
import java.util.Map;

import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Simple expressions in a YAML route on what the component returns: a list result ({@code ${body[0].from}},
 * {@code ${body.size}}, {@code ${body[0].quarantined}}) and a single message ({@code ${body.quarantined}}).
 */
class SimpleOnResultsTest {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(42)
            .messageCount(30).build();

    Main main;
    ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        main = KameletMain.start("classpath:simple-on-results.camel.yaml", emulator);
        template = main.getCamelContext().createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        main.stop();
    }

    @Test
    void indexAndSizeOnAListResult() {
        Exchange exchange = template.request("direct:search", e -> { });

        assertThat(exchange.getException()).isNull();
        List<?> body = exchange.getMessage().getBody(List.class);
        assertThat(body).hasSize(5);
        String firstId = exchange.getMessage().getHeader("firstId", String.class);
        Map<String, Object> first = emulator.state().message(firstId);
        assertThat(exchange.getMessage().getHeader("firstFrom", String.class)).isEqualTo(first.get("from"));
        assertThat(exchange.getMessage().getHeader("count", Integer.class)).isEqualTo(5);
        assertThat(first.get("is_quarantined")).isInstanceOf(Boolean.class);
        assertThat(first.get("envelope_from")).isInstanceOf(String.class);
        assertThat(exchange.getMessage().getHeader("firstQuarantined", Boolean.class))
                .isEqualTo(first.get("is_quarantined"));
        assertThat(exchange.getMessage().getHeader("firstEnvelopeFrom", String.class))
                .isEqualTo(first.get("envelope_from"));
    }

    @Test
    void fieldsOfASingleMessage() {
        Map<String, Object> message = emulator.state().messages().stream()
                .filter(m -> Boolean.TRUE.equals(m.get("is_quarantined"))).findFirst().orElseThrow();

        Exchange exchange = template.request("direct:message",
                e -> e.getMessage().setHeader("CamelEmailSecurityInvestigateId", message.get("id")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader("quarantined", Boolean.class)).isTrue();
        assertThat(exchange.getMessage().getHeader("subject", String.class)).isEqualTo(message.get("subject"));
    }
}
