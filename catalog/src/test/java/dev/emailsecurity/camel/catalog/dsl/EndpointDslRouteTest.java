package dev.emailsecurity.camel.catalog.dsl;

import java.util.List;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.dsl.EmailSecurityComponentBuilderFactory;
import dev.emailsecurity.camel.dsl.EmailSecurityEndpointBuilderFactory;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.emailsecurity.camel.dsl.EmailSecurityEndpointBuilderFactory.emailSecurity;
import static org.assertj.core.api.Assertions.assertThat;

/** Java routes written with the generated Endpoint DSL and Component DSL run against the emulator. */
class EndpointDslRouteTest {

    @RegisterExtension
    static final EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(42)
            .messageCount(60).validateAgainstSpec(true).build();

    @Test
    void endpointDslRouteSearchesAndReleases() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.addRoutes(new EndpointRouteBuilder() {
                @Override
                public void configure() {
                    from(direct("triage"))
                            .to(emailSecurity("searchMessages").accountId(emulator.accountId())
                                    .apiToken(emulator.writeToken()).baseUrl(emulator.baseUrl())
                                    .finalDisposition("MALICIOUS").pageSize(2).maxResults(3));
                    from(direct("release"))
                            .to(emailSecurity("releaseMessages").accountId(emulator.accountId())
                                    .apiToken(emulator.writeToken()).baseUrl(emulator.baseUrl()));
                }
            });
            context.start();

            List<?> found = context.createProducerTemplate().requestBody("direct:triage", null, List.class);
            assertThat(found).hasSize(3).allSatisfy(m -> assertThat(((MessageDetails) m).getFinalDisposition())
                    .isEqualTo("MALICIOUS"));
            assertThat(emulator.calls()).anySatisfy(c -> {
                assertThat(c.operationId()).isEqualTo("email_security_investigate");
                assertThat(c.rawQuery()).contains("final_disposition=MALICIOUS", "per_page=2");
            });

            String id = ((MessageDetails) found.get(0)).getId();
            context.createProducerTemplate().requestBody("direct:release", List.of(id));
            assertThat(emulator.state().releasedIds()).contains(id);
            emulator.assertNoContractViolations();
        }
    }

    @Test
    void componentDslConfiguresTheComponentOnce() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            EmailSecurityComponentBuilderFactory.emailSecurity()
                    .accountId(emulator.accountId()).apiToken(emulator.readToken()).baseUrl(emulator.baseUrl())
                    .pageSize(50)
                    .register(context, "email-security");
            context.addRoutes(new EndpointRouteBuilder() {
                @Override
                public void configure() {
                    from(direct("senders")).to(emailSecurity("listBlockedSenders"));
                }
            });
            context.start();

            assertThat(context.getComponent("email-security", EmailSecurityComponent.class).getConfiguration().getPageSize())
                    .isEqualTo(50);
            List<?> senders = context.createProducerTemplate().requestBody("direct:senders", null, List.class);
            assertThat(senders).hasSize(emulator.state().settings("block_senders").size());
            assertThat(emulator.calls()).anySatisfy(c -> assertThat(c.rawQuery()).contains("per_page=50"));
        }
    }

    @Test
    void builderProducesTheUriTheStringFormWouldUse() {
        EmailSecurityEndpointBuilderFactory.EmailSecurityEndpointBuilder builder = emailSecurity("getMessage")
                .investigateId("abc").autoPaginate(false);
        assertThat(builder.getRawUri()).startsWith("email-security://getMessage?")
                .contains("investigateId=abc", "autoPaginate=false");
    }
}
