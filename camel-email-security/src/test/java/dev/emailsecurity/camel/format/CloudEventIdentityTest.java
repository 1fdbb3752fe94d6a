package dev.emailsecurity.camel.format;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.test.EmulatorConnection;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.provider.EventFormatProvider;
import io.cloudevents.jackson.JsonFormat;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CloudEvents from a consumer against the emulator: an item redelivered after a restart (its first delivery failed, so
 * the checkpoint did not move past it) keeps its CloudEvent id; the same item changed later gets a new id and the
 * {@code .changed} type. Also the binary mode's ce-* headers.
 */
class CloudEventIdentityTest {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = EmailSecurityEmulatorExtension.builder().seed(42)
            .messageCount(40).validateAgainstSpec(true).build();

    private static final String SOURCE = "email-security:searchMessages?detectionsOnly=false&startFrom=beginning"
                                         + "&changeWindow=3000000000&delay=100&stateRepository=#state&stateKey=ce-test";

    record Received(String itemId, CloudEvent event, Map<String, Object> headers, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    private CamelContext start(StateRepository<String, String> state, String failOnItem, String dataType)
            throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("state", state);
        EmulatorConnection.pointAt(context, EMULATOR.emulator());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(SOURCE).routeId("ce")
                        .process(e -> e.setProperty("itemId", e.getMessage().getHeader(EmailSecurityConstants.ID)))
                        .transformDataType(new org.apache.camel.spi.DataType(dataType))
                        .process(e -> record(e, failOnItem));
            }
        });
        context.start();
        return context;
    }

    private void record(Exchange e, String failOnItem) {
        String itemId = e.getProperty("itemId", String.class);
        CloudEvent event = e.getMessage().getBody() instanceof String body && body.startsWith("{\"specversion\"")
                ? EventFormatProvider.getInstance().resolveFormat(JsonFormat.CONTENT_TYPE)
                        .deserialize(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : null;
        received.add(new Received(itemId, event, Map.copyOf(e.getMessage().getHeaders()),
                e.getMessage().getBody(String.class)));
        if (itemId.equals(failOnItem)) {
            throw new IllegalStateException("the sink is down for " + itemId);
        }
    }

    private List<Received> of(String itemId) {
        return received.stream().filter(r -> r.itemId().equals(itemId)).toList();
    }

    @Test
    void aRedeliveredItemKeepsItsIdAndAChangedItemGetsANewOne() throws Exception {
        MemoryStateRepository state = new MemoryStateRepository();
        List<String> ids = EMULATOR.emulator().state().messages().stream().map(m -> (String) m.get("id")).toList();
        String target = ids.get(ids.size() / 2);

        CamelContext first = start(state, target, "email-security:application-cloudevents+json");
        Waits.until("the first delivery of the target", () -> !of(target).isEmpty());
        first.stop();
        CloudEvent failed = of(target).get(0).event();

        int before = of(target).size();
        CamelContext second = start(state, null, "email-security:application-cloudevents+json");
        Waits.until("the redelivery after the restart", () -> of(target).size() > before);
        CloudEvent redelivered = of(target).get(of(target).size() - 1).event();
        assertThat(redelivered.getId()).isEqualTo(failed.getId());
        assertThat(redelivered.getType()).isEqualTo("com.cloudflare.email-security.message.new");
        assertThat(redelivered.getSource().toString())
                .isEqualTo("https://api.cloudflare.com/client/v4/accounts/" + EMULATOR.emulator().accountId()
                           + "/email-security/investigate");
        assertThat(redelivered.getSubject()).isEqualTo(target);
        Map<String, Object> data = JsonCodec.mapper().readValue(redelivered.getData().toBytes(), new TypeReference<>() {
        });
        assertThat(data).containsEntry("id", target);
        assertThat(redelivered.getTime().toInstant().toString().substring(0, 19))
                .isEqualTo(java.time.Instant.parse((String) data.get("scanned_at")).toString().substring(0, 19));

        String disposition = (String) data.get("final_disposition");
        EMULATOR.emulator().state().reclassify(target, "BULK".equals(disposition) ? "SPAM" : "BULK");
        int beforeChange = of(target).size();
        Waits.until("the changed item", () -> of(target).size() > beforeChange);
        CloudEvent changed = of(target).get(of(target).size() - 1).event();
        assertThat(changed.getId()).isNotEqualTo(failed.getId()).startsWith(target + ":");
        assertThat(changed.getType()).isEqualTo("com.cloudflare.email-security.message.changed");
        assertThat(changed.getExtension(SecurityFormats.CHANGE_EXTENSION)).isEqualTo("disposition");
        second.stop();
    }

    @Test
    void binaryModePutsTheAttributesInCeHeadersAndTheItemInTheBody() throws Exception {
        CamelContext context = start(new MemoryStateRepository(), null, "email-security:application-cloudevents");
        Waits.until("a binary-mode event", () -> !received.isEmpty());
        context.stop();
        Received first = received.get(0);
        assertThat(first.event()).isNull();
        assertThat(JsonCodec.mapper().readTree(first.body()).get("id").asText()).isEqualTo(first.itemId());
        assertThat(first.headers()).containsEntry("ce-specversion", "1.0")
                .containsEntry("ce-type", "com.cloudflare.email-security.message.new")
                .containsEntry("ce-subject", first.itemId())
                .containsEntry(Exchange.CONTENT_TYPE, "application/json");
        assertThat((String) first.headers().get("ce-id")).startsWith(first.itemId() + ":")
                .endsWith(":" + first.headers().get(EmailSecurityConstants.VERSION));
        assertThat((String) first.headers().get("ce-time")).isNotBlank();
    }
}
