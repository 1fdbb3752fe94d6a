package dev.emailsecurity.camel.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;

/**
 * Runs routes in CamelContexts of their own (so that a test can stop and restart one, or run two side by side)
 * against the emulator of the test class, over real HTTP on loopback. Contexts a test started are stopped after
 * it.
 */
public abstract class EmulatorContextTestSupport {

    /** The emulator's operation id of a message search: what the messages consumer polls. */
    public static final String SEARCH = "email_security_investigate";

    /** An emulator in live mode: two new messages every 300 ms, a re-classification, a submission resolved. */
    public static EmailSecurityEmulatorExtension liveEmulator() {
        return EmailSecurityEmulatorExtension.builder().seed(42).messageCount(120).live(Duration.ofMillis(300), 2)
                .validateAgainstSpec(true).build();
    }

    /** An emulator whose state changes only when the test changes it. */
    public static EmailSecurityEmulatorExtension quietEmulator() {
        return EmailSecurityEmulatorExtension.builder().seed(42).messageCount(120).validateAgainstSpec(true).build();
    }

    private final List<CamelContext> contexts = new ArrayList<>();
    private final EmailSecurityEmulatorExtension extension;

    protected EmulatorContextTestSupport(EmailSecurityEmulatorExtension extension) {
        this.extension = extension;
    }

    /** The emulator of the test class. */
    protected EmailSecurityEmulator emulator() {
        return extension.emulator();
    }

    @AfterEach
    void stopContexts() {
        contexts.forEach(CamelContext::stop);
        contexts.clear();
    }

    /** A started CamelContext with the component pointed at the emulator, the given beans and routes. */
    protected CamelContext start(Map<String, Object> beans, RoutesBuilder routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        beans.forEach((name, bean) -> context.getRegistry().bind(name, bean));
        EmulatorConnection.pointAt(context, emulator());
        context.addRoutes(routes);
        context.start();
        contexts.add(context);
        return context;
    }

    protected static RouteBuilder route(String routeId, String uri, Processor processor) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId(routeId).process(processor);
            }
        };
    }

    /** Waits until the emulator has answered {@code polls} more message searches: see {@link Waits#forFurtherCalls}. */
    protected void awaitFurtherSearches(int polls) {
        Waits.forFurtherCalls(emulator(), SEARCH, polls);
    }

    /** The ids of the emulator's messages (all dispositions) that satisfy the predicate. */
    protected List<String> messageIds(Predicate<Map<String, Object>> filter) {
        return emulator().state().messages().stream().filter(filter).map(m -> (String) m.get("id")).toList();
    }

    protected static Instant scannedAt(Map<String, Object> message) {
        return Instant.parse((String) message.get("scanned_at"));
    }
}
