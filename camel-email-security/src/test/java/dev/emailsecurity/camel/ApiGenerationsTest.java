package dev.emailsecurity.camel;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.model.Domain;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the component sends where the newest SDK ({@code cloudflare} 7.3.0) and the July 2026 spec differ
 * (docs/reference/API-CHANGES.md): the newest shape, accepted by the emulator with its validation on.
 */
class ApiGenerationsTest extends EmulatorTestSupport {

    @AfterEach
    void noViolations() {
        emulator.assertNoContractViolations();
    }

    @Test
    void releaseSendsTheIdsObject() throws Exception {
        String id = quarantinedId();
        Exchange out = call("email-security:releaseMessages", List.of(id), Map.of());
        assertThat(out.getException()).isNull();

        List<RecordedCall> calls = callsOf("email_security_post_release");
        assertThat(calls).hasSize(1);
        JsonNode sent = JsonCodec.mapper().readTree(calls.get(0).requestBody());
        assertThat(sent.isObject()).isTrue();
        assertThat(sent.get("ids")).hasSize(1);
        assertThat(sent.get("ids").get(0).asText()).isEqualTo(id);
        assertThat(emulator.state().releasedIds()).containsExactly(id);
    }

    @Test
    void aJsonArrayTextBodyIsSentAsTheIdsObjectToo() throws Exception {
        String id = quarantinedId();
        Exchange out = call("email-security:releaseMessages", "[\"" + id + "\"]", Map.of());
        assertThat(out.getException()).isNull();
        JsonNode sent = JsonCodec.mapper().readTree(callsOf("email_security_post_release").get(0).requestBody());
        assertThat(sent.path("ids").get(0).asText()).isEqualTo(id);
        assertThat(emulator.state().releasedIds()).containsExactly(id);
    }

    @Test
    void domainListFilterGoesOutAsRepeatedKeysAndTheStatusInUpperCase() {
        List<String> names = emulator.state().settings("domains").stream().map(d -> (String) d.get("domain"))
                .limit(2).toList();
        Exchange out = call("email-security:listDomains?status=ACTIVE&order=domain&domain=" + String.join(",", names));
        assertThat(out.getException()).isNull();

        RecordedCall call = callsOf("email_security_list_domains").get(0);
        assertThat(call.query().get("domain")).containsExactlyElementsOf(names);
        assertThat(call.query().get("status")).containsExactly("ACTIVE");
        List<?> domains = out.getMessage().getBody(List.class);
        assertThat(domains).extracting(d -> ((Domain) d).getDomain()).containsExactlyInAnyOrderElementsOf(names);
    }

    @Test
    void domainsBulkDeleteWithoutBodyIsSentWithoutBodyAndDeletesNothing() {
        int before = emulator.state().settings("domains").size();
        Exchange out = call("email-security:deleteDomains");
        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(List.class)).isEmpty();
        assertThat(callsOf("email_security_delete_domains").get(0).requestBody()).isNull();
        assertThat(emulator.state().settings("domains")).hasSize(before);
    }

    @Test
    void domainsBulkDeleteWithIdsStillDeletesThem() {
        String id = String.valueOf(emulator.state().settings("domains").get(0).get("id"));
        Exchange out = call("email-security:deleteDomains", List.of(id), Map.of());
        assertThat(out.getException()).isNull();
        assertThat(emulator.state().settings("domains")).noneMatch(d -> id.equals(String.valueOf(d.get("id"))));
    }

    private static String quarantinedId() {
        return emulator.state().messages().stream()
                .filter(m -> Boolean.TRUE.equals(m.get("is_quarantined")))
                .map(m -> (String) m.get("id")).findFirst().orElseThrow();
    }
}
