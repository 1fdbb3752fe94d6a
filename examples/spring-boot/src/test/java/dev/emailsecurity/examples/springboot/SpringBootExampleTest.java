package dev.emailsecurity.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.consumer.EmailSecurityConsumer;
import dev.emailsecurity.camel.test.Waits;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as it ships, on a random port, against an emulator the test starts (on a random port too): the
 * consumer delivers the emulator's MALICIOUS mail, its health check is part of Camel's health, and readiness is UP,
 * and DOWN (503) while the API refuses the token or rate-limits the consumer, or while the route is stopped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "example.embedded-emulator.enabled=false", "example.consumer.start-from=beginning",
        "example.consumer.delay=200", "server.port=0" })
class SpringBootExampleTest {

    static final EmailSecurityEmulator EMULATOR = EmailSecurityEmulator.builder().port(0).seed(42).build().start();
    static final String SEARCH = "email_security_investigate";
    static final String CONSUMER_CHECK = "email-security-consumer-malicious-mail";

    @DynamicPropertySource
    static void emulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.email-security.base-url", EMULATOR::baseUrl);
        registry.add("camel.component.email-security.account-id", EMULATOR::accountId);
        registry.add("camel.component.email-security.api-token", EMULATOR::readToken);
    }

    @AfterAll
    static void stopEmulator() {
        EMULATOR.close();
    }

    @Autowired
    Environment environment;

    @Autowired
    CamelContext camel;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void clearFaults() {
        EMULATOR.faults().clear();
    }

    @Test
    void consumesFromTheEmulatorAndReportsUp() throws Exception {
        // configured from application.yaml (and the test's emulator address) only
        assertThat(camel.getComponent("email-security", EmailSecurityComponent.class).getConfiguration().getBaseUrl())
                .isEqualTo(EMULATOR.baseUrl());
        long malicious = EMULATOR.state().messages().stream()
                .filter(m -> "MALICIOUS".equals(m.get("final_disposition"))).count();
        assertThat(malicious).isPositive();
        EmailSecurityConsumer consumer = (EmailSecurityConsumer) camel.getRoute("malicious-mail").getConsumer();
        Waits.until("every MALICIOUS message emitted", () -> consumer.stats().emitted() >= malicious);
        Waits.forFurtherCalls(EMULATOR, SEARCH, 2); // nothing more may come
        assertThat(consumer.stats().emitted()).as("one exchange per MALICIOUS message").isEqualTo(malicious);

        JsonNode health = get("/actuator/health", 200);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        JsonNode camelHealth = health.path("components").path("camelHealth");
        assertThat(camelHealth.path("status").asText()).isEqualTo("UP");
        assertThat(camelHealth.path("details").path(CONSUMER_CHECK).asText()).as(camelHealth.toString())
                .isEqualTo("UP");
        JsonNode readiness = get("/actuator/health/readiness", 200);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").path("camelHealth").path("details").path(CONSUMER_CHECK).asText())
                .isEqualTo("UP");

        // the application itself is on Jackson 3; the component keeps its own Jackson 2 mapper
        assertThat(context.getBeanNamesForType(Class.forName("tools.jackson.databind.ObjectMapper"))).isNotEmpty();
    }

    @Test
    void readinessIsDownWhileTheApiRejectsTheToken() throws Exception {
        awaitReadiness("UP", r -> true);
        EMULATOR.faults().next(Integer.MAX_VALUE).forOperation(SEARCH).respondStatus(401); // until cleared

        JsonNode down = awaitReadiness("DOWN", r -> "DOWN".equals(consumerCheck(r)));
        assertThat(down.toString()).doesNotContain(EMULATOR.readToken());

        EMULATOR.faults().clear();
        awaitReadiness("UP", r -> "UP".equals(consumerCheck(r)));
    }

    @Test
    void readinessIsDownWhileTheApiRateLimitsTheConsumer() throws Exception {
        awaitReadiness("UP", r -> true);
        // every search is answered 429 until the test clears the fault: the probe sees DOWN however slow it is
        EMULATOR.faults().next(Integer.MAX_VALUE).forOperation(SEARCH).respond429(Duration.ofSeconds(1));

        JsonNode down = awaitReadiness("DOWN", r -> "DOWN".equals(consumerCheck(r)));
        JsonNode data = down.path("components").path("camelHealth").path("details").path(CONSUMER_CHECK + ".data");
        assertThat(data.path("retryAt").asText()).as("the check says until when: %s", data).isNotEmpty();

        EMULATOR.faults().clear();

        awaitReadiness("UP", r -> "UP".equals(consumerCheck(r)));
    }

    @Test
    void readinessGoesDownWhenTheRouteStops() throws Exception {
        camel.getRouteController().stopRoute("malicious-mail");
        try {
            JsonNode readiness = get("/actuator/health/readiness", 503);
            assertThat(readiness.path("status").asText()).isEqualTo("DOWN");
            assertThat(consumerCheck(readiness)).as("a stopped consumer unregisters its check").isEmpty();
        } finally {
            camel.getRouteController().startRoute("malicious-mail");
        }
        awaitReadiness("UP", r -> "UP".equals(consumerCheck(r)));
    }

    private static String consumerCheck(JsonNode readiness) {
        return readiness.path("components").path("camelHealth").path("details").path(CONSUMER_CHECK).asText();
    }

    /** Polls the readiness probe until it has the status and the predicate holds; returns that response. */
    private JsonNode awaitReadiness(String status, Predicate<JsonNode> also) {
        return Waits.until("readiness " + status, () -> {
            HttpResponse<String> response = send("/actuator/health/readiness");
            JsonNode body = new ObjectMapper().readTree(response.body());
            boolean reached = status.equals(body.path("status").asText()) && also.test(body)
                              && response.statusCode() == ("UP".equals(status) ? 200 : 503);
            return reached ? body : null;
        }, body -> body != null);
    }

    private HttpResponse<String> send(String path) throws Exception {
        String port = environment.getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return new ObjectMapper().readTree(response.body());
    }
}
