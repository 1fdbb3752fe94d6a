package dev.emailsecurity.camel;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.model.AllowPolicy;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Status codes beyond 200, both id spellings, the operation header, headers over options, type converters. */
class ProducerBehaviourTest extends EmulatorTestSupport {

    @Test
    void searchAnsweredWith202IsFollowedToItsResult() {
        emulator.setAsyncSearch(true);
        int total = emulator.state().messages().size();

        Exchange exchange = call("email-security:searchMessages?detectionsOnly=false&start=2000-01-01T00:00:00Z"
                                 + "&pageSize=1000");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).hasSize(total);
        assertThat(emulator.calls()).anyMatch(c -> c.status() == 202);
        assertThat(exchange.getMessage().getHeader(EmailSecurityConstants.HTTP_STATUS)).isEqualTo(200);
        emulator.assertNoContractViolations();
    }

    @Test
    void createAnswers201AndVerifiedDomainAnswers204WithNoBody() {
        Exchange created = call("email-security:createBlockedSender",
                Map.of("pattern", "x@example.org", "pattern_type", "EMAIL", "is_regex", false), Map.of());
        assertThat(created.getMessage().getHeader(EmailSecurityConstants.HTTP_STATUS)).isEqualTo(201);

        String seededDomain = String.valueOf(emulator.state().settings("domains").get(0).get("id"));
        Exchange verification = call("email-security:getDomainVerification", "ignored body",
                Map.of(EmailSecurityConstants.DOMAIN_ID, seededDomain));
        assertThat(verification.getException()).isNull();
        assertThat(verification.getMessage().getHeader(EmailSecurityConstants.HTTP_STATUS)).isEqualTo(204);
        assertThat(verification.getMessage().getBody()).isNull();
    }

    @Test
    void messagesResolveByInvestigateIdOrPostfixId() {
        Map<String, Object> seeded = emulator.state().messages().get(0);
        String investigateId = String.valueOf(seeded.get("id"));

        MessageDetails byId = call("email-security:getMessage?investigateId=" + investigateId).getMessage()
                .getBody(MessageDetails.class);
        MessageDetails byPostfix = call("email-security:getMessage?postfixId=" + seeded.get("postfix_id")).getMessage()
                .getBody(MessageDetails.class);

        assertThat(byId.getId()).isEqualTo(investigateId);
        assertThat(byPostfix.getId()).isEqualTo(investigateId);
        assertThat(callsOf("email_security_get_message")).extracting(c -> c.path())
                .anyMatch(p -> p.endsWith("/" + seeded.get("postfix_id")));
    }

    @Test
    void settingsResolveByStringIdOrLegacyIntegerId() {
        String id = String.valueOf(emulator.state().settings("allow_policies").get(0).get("id"));
        String legacy = emulator.state().legacyIdOf("allow_policies", id);
        assertThat(legacy).matches("\\d+");

        AllowPolicy byString = call("email-security:getAllowPolicy", null, Map.of(EmailSecurityConstants.POLICY_ID, id))
                .getMessage().getBody(AllowPolicy.class);
        AllowPolicy byInteger = call("email-security:getAllowPolicy", null,
                Map.of(EmailSecurityConstants.POLICY_ID, Integer.valueOf(legacy))).getMessage().getBody(AllowPolicy.class);

        assertThat(byString.getId()).isEqualTo(id);
        assertThat(byInteger.getId()).isEqualTo(id);
    }

    @Test
    void operationAndParameterHeadersOverrideTheUri() {
        String id = String.valueOf(emulator.state().messages().get(1).get("id"));
        Exchange exchange = call("email-security:listSubmissions?investigateId=not-this-one", null,
                Map.of(EmailSecurityConstants.OPERATION, EmailSecurityOperation.getMessage.name(),
                        EmailSecurityConstants.INVESTIGATE_ID, id));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(MessageDetails.class).getId()).isEqualTo(id);
        assertThat(emulator.callCount("email_security_submissions")).isZero();
    }

    @Test
    void filtersReachTheQueryString() {
        Exchange exchange = call("email-security:searchMessages?finalDisposition=MALICIOUS&start=2000-01-01T00:00:00Z",
                null, Map.of(EmailSecurityConstants.SENDER, "someone@example.com",
                        EmailSecurityConstants.DETECTIONS_ONLY, true));

        assertThat(exchange.getException()).isNull();
        String query = callsOf("email_security_investigate").get(0).rawQuery();
        assertThat(query).contains("final_disposition=MALICIOUS", "sender=someone%40example.com",
                "detections_only=true", "start=2000-01-01T00%3A00%3A00Z");
        emulator.assertNoContractViolations();
    }

    @Test
    void modelsConvertToJsonTextMapAndStream() throws Exception {
        Exchange exchange = call("email-security:searchMessages?maxResults=2");
        List<?> messages = exchange.getMessage().getBody(List.class);
        MessageDetails first = (MessageDetails) messages.get(0);

        String json = context.getTypeConverter().convertTo(String.class, exchange, first);
        Map<?, ?> map = context.getTypeConverter().convertTo(Map.class, exchange, first);
        String listJson = context.getTypeConverter().convertTo(String.class, exchange, messages);
        InputStream stream = context.getTypeConverter().convertTo(InputStream.class, exchange, first);

        assertThat(json).startsWith("{").contains("\"id\":\"" + first.getId() + "\"");
        assertThat(map.get("id")).isEqualTo(first.getId());
        assertThat(listJson).startsWith("[{").contains(first.getId());
        assertThat(new String(stream.readAllBytes())).isEqualTo(json);
    }
}
