package dev.emailsecurity.camel.consumer;

import java.util.Map;

import dev.emailsecurity.camel.test.LogCapture;
import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer whose checkpoint key contains a route id Camel generated warns when it starts: after a restart the
 * route may get another id and not find its checkpoint. A route id or a stateKey makes the key stable.
 */
class StateKeyWarningTest extends EmulatorContextTestSupport {

    private static final String URI = "email-security:listBlockedSenders?stateRepository=#state&delay=60000";
    private static final String WARNING = "whose route id Camel generated";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    StateKeyWarningTest() {
        super(EMULATOR);
    }

    @Test
    void aGeneratedRouteIdInTheKeyIsWarnedAbout() throws Exception {
        assertThat(logOfStarting(URI, null)).contains(WARNING).contains("Set stateKey");
    }

    @Test
    void aRouteIdOrAStateKeyMakesTheKeyStable() throws Exception {
        assertThat(logOfStarting(URI, "blocked-senders")).doesNotContain(WARNING);
        assertThat(logOfStarting(URI + "&stateKey=blocked-senders", null)).doesNotContain(WARNING);
    }

    private String logOfStarting(String uri, String routeId) throws Exception {
        try (LogCapture log = new LogCapture()) {
            start(Map.of("state", new MemoryStateRepository()), new RouteBuilder() {
                @Override
                public void configure() {
                    var route = from(uri);
                    if (routeId != null) {
                        route.routeId(routeId);
                    }
                    route.to("log:blocked-senders?level=OFF");
                }
            });
            return log.text();
        }
    }
}
