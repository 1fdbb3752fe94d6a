package dev.emailsecurity.camel;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API token and the legacy key never appear in a log line (component and Camel at DEBUG), an exception message,
 * or an endpoint's {@code toString()} / URI as Camel logs it, whether set on the component or in the URI.
 */
class SecretHygieneTest extends EmulatorTestSupport {

    private final StringWriter logs = new StringWriter();
    private WriterAppender appender;

    @BeforeEach
    void captureLogs() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        Configuration config = ctx.getConfiguration();
        appender = WriterAppender.newBuilder().setName("secret-capture").setTarget(logs)
                .setLayout(PatternLayout.newBuilder().withPattern("%p %c %m %throwable%n").build()).build();
        appender.start();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, Level.ALL, null);
        Configurator.setLevel("dev.emailsecurity", Level.DEBUG);
        Configurator.setLevel("org.apache.camel", Level.DEBUG);
        ctx.updateLoggers();
    }

    @AfterEach
    void stopCapture() {
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.getConfiguration().getRootLogger().removeAppender("secret-capture");
        Configurator.setLevel("dev.emailsecurity", Level.INFO);
        Configurator.setLevel("org.apache.camel", Level.INFO);
        ctx.updateLoggers();
        appender.stop();
    }

    @Test
    void tokenAndKeyNeverReachLogsExceptionsOrEndpointStrings() throws Exception {
        String token = emulator.writeToken();
        String key = emulator.apiKey();
        List<String> seen = new ArrayList<>();

        // token in the URI, with a route so that Camel logs the route and endpoint at DEBUG
        String uriWithToken = "email-security:getMessage?apiToken=" + token;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").routeId("secret-route").to(uriWithToken);
            }
        });
        Exchange ok = template.request("direct:get", e -> e.getMessage().setHeader(
                EmailSecurityConstants.INVESTIGATE_ID, emulator.state().messages().get(0).get("id")));
        assertThat(ok.getException()).isNull();

        // failures: not found, a bad token in the URI, the legacy key, and an error page
        seen.add(String.valueOf(call("email-security:getMessage?investigateId=nope").getException()));
        seen.add(String.valueOf(call("email-security:getMessage?investigateId=nope&apiToken=" + token + "x")
                .getException()));
        Exchange legacy = call("email-security:getMessage?investigateId=nope&apiToken=&apiKey=" + key + "&apiEmail="
                               + emulator.apiEmail());
        seen.add(String.valueOf(legacy.getException()));
        emulator.faults().next(1).respondHtml(500);
        seen.add(String.valueOf(call("email-security:getMessage?investigateId=nope").getException()));

        for (Endpoint endpoint : context.getEndpoints()) {
            seen.add(endpoint.toString());
            seen.add(endpoint.getEndpointBaseUri());
            seen.add(org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri()));
            if (endpoint instanceof EmailSecurityEndpoint es) {
                seen.add(String.valueOf(es.client()));
            }
        }
        seen.add(context.getRoute("secret-route").toString());
        seen.add(logs.toString());

        String everything = String.join("\n", seen);
        assertThat(logs.toString()).as("DEBUG logs were captured").contains("email-security");
        assertThat(everything).as("the legacy key warning was logged").contains("legacy Global API key");
        assertThat(everything).doesNotContain(token).doesNotContain(key);
    }

    @Test
    void componentLevelTokenIsNotInTheEndpointUri() {
        Exchange exchange = call("email-security:listBlockedSenders", null, Map.of());
        assertThat(exchange.getException()).isNull();
        String token = emulator.writeToken();
        context.getEndpoints().forEach(e -> assertThat(e.getEndpointUri()).doesNotContain(token));
    }
}
