package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A large seed keeps the store's order (newest first, then by id) and serves it page by page; messages added
 * later land in their place. How long seeding takes is printed by {@code EmulatorMain}, not asserted here.
 */
class SeedingTest {

    private static final int SEEDED = 20_000;
    private static final ManualClock CLOCK = new ManualClock(Instant.parse("2026-07-01T09:00:00Z"));
    private static final Comparator<Map<String, Object>> NEWEST_FIRST = Comparator
            .comparing((Map<String, Object> m) -> Instant.parse((String) m.get("scanned_at"))).reversed()
            .thenComparing(m -> (String) m.get("id"));

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(3)
            .messageCount(SEEDED).clock(CLOCK).build();

    @Test
    void aLargeSeedIsStoredNewestFirstThenById(EmailSecurityEmulator e) {
        List<Map<String, Object>> messages = e.state().messages();
        assertThat(messages).hasSize(SEEDED).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(e.state().messageCount()).isEqualTo(SEEDED);
        assertThat(new HashSet<>(messages.stream().map(m -> m.get("id")).toList())).hasSize(SEEDED);
    }

    @Test
    void theSameSeedGivesTheSameMessages(EmailSecurityEmulator e) {
        try (EmailSecurityEmulator twin = EmailSecurityEmulator.builder().seed(3).messageCount(SEEDED).clock(CLOCK)
                .build()) {
            assertThat(twin.state().messages()).isEqualTo(e.state().messages());
        }
    }

    @Test
    void addedMessagesLandInTheirPlace(EmailSecurityEmulator e) {
        List<String> added = e.state().addMessages(5);
        List<Map<String, Object>> messages = e.state().messages();
        assertThat(messages).hasSize(SEEDED + 5).isSortedAccordingTo(NEWEST_FIRST);
        assertThat(messages.subList(0, 5)).extracting(m -> m.get("id")).containsExactlyInAnyOrderElementsOf(added);
    }

    @Test
    void searchPagesServeTheStoreInOrder(EmailSecurityEmulator e) {
        Api api = new Api(e);
        String query = "detections_only=false&per_page=1000&start=" + CLOCK.instant().minusSeconds(31L * 86_400);
        List<String> served = new ArrayList<>();
        JsonNode page = api.get("/investigate?" + query).json();
        while (true) {
            page.get("result").forEach(m -> served.add(m.get("id").asText()));
            JsonNode next = page.get("result_info").get("next");
            if (next == null || next.isNull()) {
                break;
            }
            page = api.get("/investigate?" + query + "&cursor=" + next.asText()).json();
        }
        assertThat(served).isEqualTo(e.state().messages().stream().map(m -> (String) m.get("id")).toList());
    }
}
