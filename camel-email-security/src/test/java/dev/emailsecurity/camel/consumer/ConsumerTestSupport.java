package dev.emailsecurity.camel.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;

/**
 * Runs consumers in their own CamelContexts (so that a test can stop and restart one) against an emulator over real
 * HTTP on loopback.
 */
abstract class ConsumerTestSupport {

    private final List<CamelContext> contexts = new ArrayList<>();

    /** An emulator in live mode: two new messages every 300 ms, a re-classification, a submission resolved. */
    static EmailSecurityEmulatorExtension liveEmulator() {
        return EmailSecurityEmulatorExtension.builder().seed(42).messageCount(120).live(Duration.ofMillis(300), 2)
                .validateAgainstSpec(true).build();
    }

    /** An emulator whose state changes only when the test changes it. */
    static EmailSecurityEmulatorExtension quietEmulator() {
        return EmailSecurityEmulatorExtension.builder().seed(42).messageCount(120).validateAgainstSpec(true).build();
    }

    private final EmailSecurityEmulatorExtension extension;

    ConsumerTestSupport(EmailSecurityEmulatorExtension extension) {
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
    protected CamelContext start(Map<String, Object> beans, RouteBuilder routes) throws Exception {
        CamelContext context = new DefaultCamelContext();
        beans.forEach((name, bean) -> context.getRegistry().bind(name, bean));
        EmailSecurityConfiguration c = context.getComponent("email-security", EmailSecurityComponent.class)
                .getConfiguration();
        c.setBaseUrl(emulator().baseUrl());
        c.setAccountId(emulator().accountId());
        c.setApiToken(emulator().writeToken());
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

    /** Waits (in the test thread) until the condition holds, or fails with the description. */
    protected static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** The ids of the emulator's messages (all dispositions) that satisfy the predicate. */
    protected List<String> messageIds(Predicate<Map<String, Object>> filter) {
        return emulator().state().messages().stream().filter(filter).map(m -> (String) m.get("id")).toList();
    }

    protected static Instant scannedAt(Map<String, Object> message) {
        return Instant.parse((String) message.get("scanned_at"));
    }

    /** Records what a consumer emits. */
    static final class Collector implements Processor {

        record Received(String id, Instant timestamp, String change, String version, Object body) {
        }

        private final List<Received> received = new ArrayList<>();

        @Override
        public void process(Exchange exchange) {
            var in = exchange.getMessage();
            String ts = in.getHeader(EmailSecurityConstants.TIMESTAMP, String.class);
            synchronized (received) {
                received.add(new Received(in.getHeader(EmailSecurityConstants.ID, String.class),
                        ts == null ? null : Instant.parse(ts), in.getHeader(EmailSecurityConstants.CHANGE, String.class),
                        in.getHeader(EmailSecurityConstants.VERSION, String.class), in.getBody()));
            }
        }

        List<Received> all() {
            synchronized (received) {
                return List.copyOf(received);
            }
        }

        List<String> ids() {
            return all().stream().map(Received::id).toList();
        }

        boolean containsAll(List<String> ids) {
            return new HashSet<>(ids()).containsAll(ids);
        }

        List<Received> of(String id) {
            return all().stream().filter(r -> id.equals(r.id())).toList();
        }

        Set<String> duplicates() {
            Set<String> seen = new HashSet<>();
            Set<String> dups = new HashSet<>();
            for (String id : ids()) {
                if (!seen.add(id)) {
                    dups.add(id);
                }
            }
            return dups;
        }
    }
}
