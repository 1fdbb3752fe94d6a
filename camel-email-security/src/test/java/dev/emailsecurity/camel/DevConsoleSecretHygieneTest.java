package dev.emailsecurity.camel;

import java.util.ArrayList;
import java.util.List;

import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.test.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part of must-show 5: every dev console on the classpath (camel-console: context, endpoint, route, properties,
 * ...), as text and as JSON, after routes with the token, the legacy key and a proxy password in their URIs have run,
 * shows none of them. The routes write the secrets as property placeholders, as they should: Camel's route consoles
 * ({@code route-structure}) print the route model as written, which no component can change. Endpoints keep their
 * URI with secrets masked, because the {@code endpoint} console's JSON prints endpoint URIs unsanitised.
 */
class DevConsoleSecretHygieneTest extends EmulatorTestSupport {

    /** Consoles that write files or change the JVM when called. */
    private static final List<String> SIDE_EFFECTS = List.of("heap-dump", "gc");

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setDevConsole(true);
        return context;
    }

    @Test
    void noDevConsoleShowsASecret() throws Exception {
        String token = emulator.writeToken();
        String key = emulator.apiKey();
        String id = FaultMatrixTest.quarantinedId();
        // routes name their secrets as placeholders: the route consoles print a route as it was written
        java.util.Properties secrets = new java.util.Properties();
        secrets.setProperty("es.token", token);
        secrets.setProperty("es.apiKey", key);
        context.getPropertiesComponent().setInitialProperties(secrets);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:token").routeId("console-token")
                        .to("email-security:getMessage?apiToken=RAW({{es.token}})&investigateId=" + id);
                from("direct:key").routeId("console-key")
                        .to("email-security:getMessage?apiToken=&apiKey=RAW({{es.apiKey}})&apiEmail="
                            + emulator.apiEmail() + "&investigateId=" + id + "&proxyHost=127.0.0.1&proxyPort=9"
                            + "&proxyUsername=u&proxyPassword=RAW(pp-{{es.token}})&maxRetries=0");
            }
        });
        Exchange ok = template.request("direct:token", e -> {
        });
        assertThat(ok.getException()).isNull();
        template.request("direct:key", e -> {
        });
        // and an endpoint created from a literal URI outside any route
        Exchange literal = call("email-security:getMessage?apiToken=RAW(" + token + ")&investigateId=" + id
                                + "&pageSize=7");
        assertThat(literal.getException()).isNull();

        DevConsoleRegistry registry = context.getCamelContextExtension().getContextPlugin(DevConsoleRegistry.class);
        registry.loadDevConsoles(true);
        List<String> output = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        registry.stream().filter(console -> !SIDE_EFFECTS.contains(console.getId())).forEach(console -> {
            ids.add(console.getId());
            for (DevConsole.MediaType type : List.of(DevConsole.MediaType.TEXT, DevConsole.MediaType.JSON)) {
                if (console.supportMediaType(type)) {
                    try {
                        output.add(console.getId() + ": " + console.call(type));
                    } catch (RuntimeException e) {
                        output.add(console.getId() + " failed: " + e);
                    }
                }
            }
        });

        assertThat(ids).contains("endpoint", "route", "context");
        String everything = String.join("\n", output);
        assertThat(everything).contains("email-security://getMessage").doesNotContain(token).doesNotContain(key);
    }
}
