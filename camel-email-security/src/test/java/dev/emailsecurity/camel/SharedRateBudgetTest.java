package dev.emailsecurity.camel;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.test.EmulatorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 4: four routes on one token against a budget of 4 requests per second (12 calls in all). With pacing (the default) the
 * shared budget keeps them inside it: the emulator answers no 429. With pacing off, the same run gets 429s.
 */
class SharedRateBudgetTest extends EmulatorTestSupport {

    private static final int ROUTES = 4;
    private static final int CALLS_PER_ROUTE = 3;
    private static final int BUDGET_PER_SECOND = 4;

    @AfterEach
    void restoreBudget() {
        emulator.reset();
    }

    @Test
    void fourRoutesOnOneTokenStayInsideTheBudget() throws Exception {
        List<Exchange> results = runFourRoutes(true);

        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(rateLimited()).as("429 answers with pacing").isZero();
        assertThat(emulator.totalCalls()).isEqualTo(ROUTES * CALLS_PER_ROUTE);
    }

    @Test
    void withoutPacingTheSameRunGets429s() throws Exception {
        runFourRoutes(false);

        assertThat(rateLimited()).as("429 answers without pacing").isPositive();
    }

    private List<Exchange> runFourRoutes(boolean pacing) throws Exception {
        context.getComponent("email-security", EmailSecurityComponent.class).getConfiguration().setPacing(pacing);
        emulator.setRateLimit(BUDGET_PER_SECOND, Duration.ofSeconds(1));
        String id = FaultMatrixTest.quarantinedId();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int r = 0; r < ROUTES; r++) {
                    from("direct:route" + r).routeId("route" + r)
                            .to("email-security:getMessage?investigateId=" + id + "&pageSize=" + (10 + r));
                }
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(ROUTES);
        try {
            List<Future<List<Exchange>>> futures = new ArrayList<>();
            for (int r = 0; r < ROUTES; r++) {
                String route = "direct:route" + r;
                futures.add(pool.submit(() -> {
                    List<Exchange> out = new ArrayList<>();
                    for (int i = 0; i < CALLS_PER_ROUTE; i++) {
                        out.add(template.request(route, e -> {
                        }));
                    }
                    return out;
                }));
            }
            List<Exchange> all = new ArrayList<>();
            for (Future<List<Exchange>> f : futures) {
                all.addAll(f.get(30, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long rateLimited() {
        return emulator.calls().stream().filter(c -> c.status() == 429).count();
    }
}
