package dev.emailsecurity.camel.catalog.kamelet;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.emailsecurity.camel.test.LogCapture;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API token passed to a Kamelet never reaches any output with Apache HttpClient's header and wire loggers switched
 * to DEBUG at runtime, after the route has started and its HTTP client was built, and the component at DEBUG: with
 * Camel at INFO when the token is a property placeholder, with Camel at TRACE when it is a bean named by
 * {@code #bean:}. Every log line (log4j2, all loggers) and everything written to System.out and System.err is searched.
 */
class KameletSecretLogTest {

    private static final String HEADERS = "org.apache.hc.client5.http.headers";
    private static final String WIRE = "org.apache.hc.client5.http.wire";
    private static final String MASKED = "Authorization: ***";
    private static final String TOKEN_BEAN_ROUTES = "classpath:kamelet-sources-token-bean.camel.yaml";
    private static final String YAML_TOKEN_BEAN_ROUTES = "classpath:kamelet-sources-token-yaml-bean.camel.yaml";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(11)
            .messageCount(20).live(Duration.ofMillis(200), 2).build();

    @Test
    void theTokenAsAPlaceholderIsInNoOutputWithHttpClientLogsSwitchedOnAtRuntimeAndCamelAtInfo() throws Exception {
        assertNoToken(Level.INFO, "INFO org.apache.camel.main.BaseMainSupport",
                () -> KameletMain.start(SourceKameletRunTest.ROUTES, emulator));
    }

    /**
     * At DEBUG and TRACE Camel core prints every resolved placeholder and every endpoint URI it resolves, unmasked:
     * a token passed as {@code {{...}}} would be printed 76 times. Passed as {@code #bean:name}, the token stays in
     * Camel's registry and the URIs carry only the bean's name.
     */
    @Test
    void theTokenAsABeanIsInNoOutputWithHttpClientLogsSwitchedOnAtRuntimeAndCamelAtTrace() throws Exception {
        String logged = assertNoToken(Level.TRACE, "TRACE org.apache.camel.impl.engine.AbstractCamelContext",
                () -> KameletMain.startWithTokenBean(TOKEN_BEAN_ROUTES, emulator, "cloudflareApiToken"));

        assertThat(logged).as("Camel printed the Kamelets' resolved endpoint URIs, with the bean's name")
                .contains("Creating endpoint from uri: email-security://searchMessages?")
                .contains("apiToken=RAW(#bean:cloudflareApiToken)");
    }

    /** The same with the token bean defined in the YAML routes, which read it from where the JVM keeps it. */
    @Test
    void theTokenAsABeanTheRoutesReadFromTheJvmIsInNoOutputWithCamelAtTrace() throws Exception {
        System.setProperty("es.secret.token", emulator.writeToken());
        try {
            String logged = assertNoToken(Level.TRACE, "TRACE org.apache.camel.impl.engine.AbstractCamelContext",
                    () -> KameletMain.startWithTokenBean(YAML_TOKEN_BEAN_ROUTES, emulator, null));

            assertThat(logged).contains("apiToken=RAW(#bean:cloudflareApiToken)");
        } finally {
            System.clearProperty("es.secret.token");
        }
    }

    /**
     * Runs the Kamelets with Camel at the given level and checks all output; {@code camelLine} proves Camel's capture.
     * Returns the log.
     */
    private static String assertNoToken(Level camelLevel, String camelLine, Callable<Main> start) throws Exception {
        String token = emulator.writeToken();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        String logged;
        try (LogCapture logs = new LogCapture("dev.emailsecurity")) {
            System.setOut(tee(out, console));
            System.setErr(tee(err, console));
            Configurator.setLevel("org.apache.camel", camelLevel);
            Main main = start.call();
            try {
                MockEndpoint messages = main.getCamelContext().getEndpoint("mock:messages", MockEndpoint.class);
                Waits.until("messages before the switch", () -> messages.getReceivedCounter() >= 2);
                assertThat(logs.text()).as("HttpClient's loggers are still off").doesNotContain(HEADERS);

                Configurator.setLevel(HEADERS, Level.DEBUG);
                Configurator.setLevel(WIRE, Level.DEBUG);
                int before = messages.getReceivedCounter();
                Waits.until("messages and HttpClient's masked header lines after the switch",
                        () -> messages.getReceivedCounter() >= before + 2 && logs.text().contains(MASKED));
            } finally {
                main.stop();
                Configurator.setLevel(HEADERS, Level.OFF);
                Configurator.setLevel(WIRE, Level.OFF);
                Configurator.setLevel("org.apache.camel", Level.INFO);
                System.setOut(out);
                System.setErr(err);
            }
            logged = logs.text();
        }
        String all = logged + console.toString(StandardCharsets.UTF_8);

        assertThat(logged).as("Camel's log was captured").contains(camelLine);
        assertThat(logged).as("the component's DEBUG log was captured").contains("DEBUG dev.emailsecurity");
        assertThat(logged).as("HttpClient logged the request headers, the credentials masked")
                .contains("DEBUG " + HEADERS).contains(MASKED);
        assertThat(occurrences(all, token)).as(() -> "occurrences of the token in all output, in the lines:\n"
                + all.lines().filter(l -> l.contains(token)).map(l -> l.replace(token, "<TOKEN>"))
                        .collect(Collectors.joining("\n"))).isZero();
        return logged;
    }

    private static PrintStream tee(PrintStream original, ByteArrayOutputStream copy) {
        return new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                synchronized (copy) {
                    copy.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                original.write(b, off, len);
                synchronized (copy) {
                    copy.write(b, off, len);
                }
            }
        }, true, StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String token) {
        int count = 0;
        for (int i = text.indexOf(token); i >= 0; i = text.indexOf(token, i + 1)) {
            count++;
        }
        return count;
    }
}
