package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Recording is bounded where it must be: tests keep every call by default, a bounded emulator (the standalone
 * main's default) keeps the last N whole and counts the rest.
 */
class RecordingTest {

    private static final String SEARCH = "email_security_investigate";

    @Test
    void embeddedKeepsEveryCallByDefault() {
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().messageCount(5).build().start()) {
            Api api = new Api(e);
            for (int i = 0; i < 150; i++) {
                api.get("/investigate?per_page=1");
            }
            assertThat(e.calls()).hasSize(150).allSatisfy(c -> assertThat(c.responseBody()).isNotBlank());
            assertThat(e.totalCalls()).isEqualTo(150);
        }
    }

    @Test
    void boundedKeepsTheLastCallsWholeAndCountsThemAll() {
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().messageCount(5).recordCalls(3).build()
                .start()) {
            Api api = new Api(e);
            for (int i = 0; i < 5; i++) {
                api.get("/investigate?per_page=" + (i + 1));
            }
            api.get("/settings/block_senders");
            api.get("/investigate?per_page=9");

            assertThat(e.calls()).extracting(RecordedCall::rawQuery)
                    .containsExactly("per_page=5", null, "per_page=9");
            assertThat(e.calls().get(1).responseBody()).contains("\"result\"");
            assertThat(e.totalCalls()).isEqualTo(7);
            assertThat(e.callCount(SEARCH)).isEqualTo(6);
            String settings = e.calls().get(1).operationId();
            assertThat(settings).contains("block");
            assertThat(e.callCount(settings)).isEqualTo(1);

            JsonNode summary = new Api(e).as().send("GET", e.baseUrl().replace("/client/v4", "")
                    + "/__emulator/calls", null).json();
            assertThat(summary.get("total").asLong()).isEqualTo(7);
            assertThat(summary.get("keep").asInt()).isEqualTo(3);
            assertThat(summary.get("by_operation").get(SEARCH).asLong()).isEqualTo(6);
            assertThat(summary.get("last")).hasSize(3);
            assertThat(summary.get("last").get(2).get("query").asText()).isEqualTo("per_page=9");
            assertThat(summary.get("last").get(2).get("response_chars").asInt())
                    .isEqualTo(e.calls().get(2).responseBody().length());
            assertThat(summary.get("last").get(2).has("responseBody")).isFalse();

            e.clearCalls();
            assertThat(e.calls()).isEmpty();
            assertThat(e.totalCalls()).isZero();
            assertThat(e.callCount(SEARCH)).isZero();
        }
    }

    @Test
    void zeroKeepsOnlyCounts() {
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().messageCount(5).recordCalls(0).build()
                .start()) {
            new Api(e).get("/investigate");
            assertThat(e.calls()).isEmpty();
            assertThat(e.callCount(SEARCH)).isEqualTo(1);
        }
    }

    @Test
    void standaloneKeepsTheLastHundredByDefault() {
        try (EmailSecurityEmulator e = EmulatorMain.start(new String[] {"--port", "0", "--messages", "5"})) {
            Api api = new Api(e);
            for (int i = 0; i < EmulatorMain.RECORDED_CALLS + 5; i++) {
                api.get("/investigate?per_page=1");
            }
            assertThat(e.calls()).hasSize(EmulatorMain.RECORDED_CALLS);
            assertThat(e.totalCalls()).isEqualTo(EmulatorMain.RECORDED_CALLS + 5);
        }
        try (EmailSecurityEmulator e = EmulatorMain.start(new String[] {"--port", "0", "--messages", "5",
            "--record", "2"})) {
            Api api = new Api(e);
            for (int i = 0; i < 4; i++) {
                api.get("/investigate?per_page=1");
            }
            assertThat(e.calls()).hasSize(2);
        }
    }

    @Test
    void aNegativeBoundIsRefusedNamingTheOption() {
        assertThatThrownBy(() -> EmailSecurityEmulator.builder().recordCalls(-1))
                .hasMessageContaining("recordCalls").hasMessageContaining("-1");
    }
}
