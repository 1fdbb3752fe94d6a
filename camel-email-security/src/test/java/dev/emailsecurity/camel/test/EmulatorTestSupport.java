package dev.emailsecurity.camel.test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Runs Camel against one emulator per test class, over real HTTP on loopback. The emulator validates every request
 * and response against the OpenAPI extract and is reset to its seeded state before each test. The component is
 * configured at component level, so route URIs carry only the operation and per-call options.
 */
public abstract class EmulatorTestSupport extends CamelTestSupport {

    protected static EmailSecurityEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = EmailSecurityEmulator.builder().port(0).seed(42).messageCount(120).validateAgainstSpec(true)
                .build().start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @BeforeEach
    void resetEmulator() {
        emulator.reset();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        EmailSecurityComponent component = context.getComponent("email-security", EmailSecurityComponent.class);
        configure(component.getConfiguration());
        return context;
    }

    /** Component-level settings: the emulator's URL, account and write token. */
    protected void configure(EmailSecurityConfiguration configuration) {
        EmulatorConnection.pointAt(configuration, emulator);
    }

    /** Sends to an email-security URI and returns the exchange (with its exception, if any). */
    protected Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    protected Exchange call(String uri) {
        return call(uri, null, Map.of());
    }

    /** The calls the emulator saw for one operation id. */
    protected static List<RecordedCall> callsOf(String apiOperationId) {
        return emulator.calls().stream().filter(c -> apiOperationId.equals(c.operationId())).toList();
    }
}
