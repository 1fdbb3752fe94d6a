package dev.emailsecurity.camel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.test.LogCapture;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API token and the legacy key never appear in a log line (component and Camel at DEBUG), an exception message,
 * or an endpoint's {@code toString()} / URI as Camel logs it, whether set on the component or in the URI.
 */
class SecretHygieneTest extends EmulatorTestSupport {

    private LogCapture logs;

    @BeforeEach
    void captureLogs() {
        logs = new LogCapture("dev.emailsecurity", "org.apache.camel", "org.apache.hc");
    }

    @AfterEach
    void stopCapture() {
        logs.close();
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

        addEndpointStrings(seen);
        seen.add(context.getRoute("secret-route").toString());
        seen.add(logs.text());

        String everything = String.join("\n", seen);
        assertThat(logs.text()).as("DEBUG logs were captured").contains("email-security");
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

    /**
     * Every operation of the table (with the token in the URI and with the legacy key), and every error path of the
     * reliability layer, with the component, Camel and Apache HttpClient (headers and wire included) at DEBUG.
     */
    @Test
    void everyOperationAndErrorPathAtDebugKeepsTheSecretsOut() throws Exception {
        String token = emulator.writeToken();
        String key = emulator.apiKey();
        List<String> seen = new ArrayList<>();
        new AllOperationsTest(); // fills the scenarios
        for (EmailSecurityOperation operation : EmailSecurityOperation.values()) {
            AllOperationsTest.Scenario scenario = scenario(operation);
            record(seen, call("email-security:" + operation + "?apiToken=RAW(" + token + ")", scenario.body(),
                    scenario.headers()));
            record(seen, call("email-security:" + operation + "?apiToken=&apiKey=RAW(" + key + ")&apiEmail="
                              + emulator.apiEmail(), scenario.body(), scenario.headers()));
        }
        String id = FaultMatrixTest.quarantinedId();
        String uri = "email-security:getMessage?maxRetryWait=2000&apiToken=RAW(" + token + ")&investigateId=" + id;
        emulator.faults().next(1).respond429(java.time.Duration.ofSeconds(300));
        record(seen, call(uri));
        emulator.faults().next(1).respondStatus(503);
        record(seen, call(uri));
        emulator.faults().next(3).resetConnection();
        record(seen, call(uri));
        emulator.faults().next(1).respondHtml(502);
        record(seen, call(uri + "&maxRetries=0"));
        emulator.faults().next(1).malformedJson();
        record(seen, call(uri));
        emulator.faults().next(1).forOperation("email_security_post_release").loseResponse();
        record(seen, call("email-security:releaseMessages?apiToken=RAW(" + token + ")", List.of(id), Map.of()));
        emulator.faults().next(1).forOperation("email_security_create_blocked_sender").loseResponse();
        record(seen, call("email-security:createBlockedSender?apiToken=RAW(" + token + ")",
                "{\"pattern\":\"x@example.net\",\"pattern_type\":\"EMAIL\",\"is_regex\":false}", Map.of()));
        record(seen, call("email-security:getMessage?apiToken=RAW(" + token + ")&investigateId=a/b"));
        record(seen, call("email-security:getMessage?apiToken=RAW(" + token + "x)&investigateId=" + id));
        try {
            call("email-security:getMessage?apiToken=RAW(" + token + ")&pageSize=0");
        } catch (RuntimeException e) {
            seen.add(stackTrace(e));
        }
        addEndpointStrings(seen);
        String logged = logs.text();
        seen.add(logged);

        assertThat(logged).as("HttpClient header logging was on, with the credentials masked")
                .contains("Authorization: ***").contains("X-Auth-Key: ***");
        assertThat(logged).as("the retry layer logged at DEBUG").contains("retry 1 of");
        assertThat(String.join("\n", seen)).doesNotContain(token).doesNotContain(key);
    }

    /** The scenario of AllOperationsTest; those that prepare state through that test's template get none. */
    private static AllOperationsTest.Scenario scenario(EmailSecurityOperation operation) {
        try {
            return AllOperationsTest.SCENARIOS.get(operation).get();
        } catch (NullPointerException e) {
            return new AllOperationsTest.Scenario(null, Map.of());
        }
    }

    /** Every endpoint as Camel prints, sanitises and exposes it, with our client and configuration. */
    private void addEndpointStrings(List<String> seen) {
        for (Endpoint endpoint : context.getEndpoints()) {
            seen.add(endpoint.toString());
            seen.add(endpoint.getEndpointBaseUri());
            seen.add(org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri()));
            if (endpoint instanceof EmailSecurityEndpoint es) {
                seen.add(String.valueOf(es.client()));
                seen.add(String.valueOf(es.getConfiguration()));
            }
        }
    }

    private static void record(List<String> seen, Exchange exchange) {
        if (exchange.getException() != null) {
            seen.add(stackTrace(exchange.getException()));
        }
        seen.add(String.valueOf(exchange.getMessage().getHeaders()));
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
