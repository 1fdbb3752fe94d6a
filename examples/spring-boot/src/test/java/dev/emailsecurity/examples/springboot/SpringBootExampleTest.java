package dev.emailsecurity.examples.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterAll;
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
 * route consumes from the emulator, and the health endpoint and the readiness probe report UP with Camel's health.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "example.embedded-emulator.enabled=false", "example.poll-period=500", "server.port=0" })
class SpringBootExampleTest {

    static final EmailSecurityEmulator EMULATOR = EmailSecurityEmulator.builder().port(0).seed(42).build().start();

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

    @Test
    void consumesFromTheEmulatorAndReportsUp() throws Exception {
        // configured from application.yaml (and the test's emulator address) only
        assertThat(camel.getComponent("email-security", EmailSecurityComponent.class).getConfiguration().getBaseUrl())
                .isEqualTo(EMULATOR.baseUrl());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (EMULATOR.callCount("email_security_investigate") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(EMULATOR.callCount("email_security_investigate")).as("searches served by the emulator")
                .isGreaterThanOrEqualTo(2);
        assertThat(camel.getRoute("malicious-mail")).isNotNull();
        assertThat(camel.getRouteController().getRouteStatus("malicious-mail").isStarted()).isTrue();

        JsonNode health = get("/actuator/health", 200);
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("camelHealth").path("status").asText()).isEqualTo("UP");
        JsonNode readiness = get("/actuator/health/readiness", 200);
        assertThat(readiness.path("status").asText()).isEqualTo("UP");
        assertThat(readiness.path("components").has("camelHealth")).isTrue();

        // the application itself is on Jackson 3; the component keeps its own Jackson 2 mapper
        assertThat(context.getBeanNamesForType(Class.forName("tools.jackson.databind.ObjectMapper"))).isNotEmpty();
    }

    @Test
    void readinessGoesDownWhenTheRouteStops() throws Exception {
        camel.getRouteController().stopRoute("malicious-mail");
        try {
            JsonNode readiness = get("/actuator/health/readiness", 503);
            assertThat(readiness.path("status").asText()).isEqualTo("DOWN");
        } finally {
            camel.getRouteController().startRoute("malicious-mail");
        }
        assertThat(get("/actuator/health/readiness", 200).path("status").asText()).isEqualTo("UP");
    }

    private JsonNode get(String path, int expectedStatus) throws Exception {
        String port = environment.getProperty("local.server.port");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return new ObjectMapper().readTree(response.body());
    }
}
