package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.Map;

import dev.emailsecurity.camel.test.EmulatorContextTestSupport;
import dev.emailsecurity.camel.test.LogCapture;
import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer says at INFO, when it starts, where it starts and, with the default {@code startFrom=now}, how to read
 * history: a first run that shows nothing otherwise says nothing about why.
 */
class StartInfoLineTest extends EmulatorContextTestSupport {

    private static final String LOGGER = EmailSecurityConsumer.class.getName();
    private static final String HISTORY_HINT = "to read history set startFrom=beginning, an instant such as "
                                               + "2026-01-01T00:00:00Z, or a duration back such as P7D";

    @RegisterExtension
    static final EmailSecurityEmulatorExtension EMULATOR = quietEmulator();

    StartInfoLineTest() {
        super(EMULATOR);
    }

    @Test
    void theDefaultStartSaysItStartsNowAndHowToReadHistory() throws Exception {
        String line = infoLineOfStarting("email-security:searchMessages?delay=60000&stateKey=watch",
                new MemoryStateRepository());
        assertThat(line).startsWith("INFO " + LOGGER + " searchMessages consumer starts at ")
                .contains("(startFrom=now; the checkpoint is saved under state key watch)").contains(HISTORY_HINT);
        Instant start = Instant.parse(line.replaceAll(".* starts at (\\S+) .*", "$1").trim());
        assertThat(start).isBetween(Instant.now().minusSeconds(600), Instant.now());
    }

    @Test
    void anExplicitStartNamesTheResolvedInstantWithoutTheHint() throws Exception {
        String line = infoLineOfStarting("email-security:searchMessages?delay=60000&startFrom=2026-01-01T00:00:00Z",
                null);
        assertThat(line).contains("searchMessages consumer starts at 2026-01-01T00:00:00Z (startFrom="
                                  + "2026-01-01T00:00:00Z; state key ")
                .contains("kept in memory only: set stateRepository to resume after a restart")
                .doesNotContain("to read history");
    }

    @Test
    void aSavedCheckpointIsNamedWithItsStateKey() throws Exception {
        MemoryStateRepository state = new MemoryStateRepository();
        Instant watermark = Instant.parse("2026-11-18T07:00:00Z");
        new CheckpointStore(state, "resume-me").save(Checkpoint.startingAt(watermark));
        String line = infoLineOfStarting("email-security:searchMessages?delay=60000&stateKey=resume-me"
                                         + "&startFrom=beginning",
                state);
        assertThat(line).isEqualTo("INFO " + LOGGER + " searchMessages consumer resumes from its checkpoint at "
                                   + watermark + " (state key resume-me, kept in the state repository)");
    }

    private String infoLineOfStarting(String uri, MemoryStateRepository state) throws Exception {
        try (LogCapture log = new LogCapture()) {
            start(state == null ? Map.of() : Map.of("state", state), new RouteBuilder() {
                @Override
                public void configure() {
                    from(state == null ? uri : uri + "&stateRepository=#state").routeId("start-line")
                            .to("log:start-line?level=OFF");
                }
            });
            return log.text().lines().map(String::strip).filter(l -> l.startsWith("INFO " + LOGGER + " ")).findFirst()
                    .orElse("");
        }
    }
}
