package dev.emailsecurity.camel.logpush;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import dev.emailsecurity.emulator.ManualClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger's states, the claim timeout and the retention, on an injected clock. */
class AlertLedgerTest {

    private final ManualClock clock = new ManualClock();
    private final MemoryStateRepository repository = new MemoryStateRepository();
    private final AlertLedger ledger = new AlertLedger(repository, "k", Duration.ofHours(48), Duration.ofMinutes(5),
            clock);

    @Test
    void anAlertIsClaimedOnceThenDoneForEveryone() {
        assertThat(ledger.claim("a1", "push@n1#1")).isEqualTo(AlertLedger.Claim.CLAIMED);
        assertThat(ledger.claim("a1", "poll@n2#1")).isEqualTo(AlertLedger.Claim.IN_FLIGHT);
        ledger.done("a1");
        assertThat(ledger.claim("a1", "poll@n2#2")).isEqualTo(AlertLedger.Claim.DONE);
    }

    @Test
    void aReleasedClaimCanBeTakenAgainButOnlyItsOwnerReleasesIt() {
        ledger.claim("a2", "push@n1#1");
        ledger.release("a2", "poll@n2#9");
        assertThat(ledger.claim("a2", "poll@n2#1")).isEqualTo(AlertLedger.Claim.IN_FLIGHT);
        ledger.release("a2", "push@n1#1");
        assertThat(ledger.claim("a2", "poll@n2#2")).isEqualTo(AlertLedger.Claim.CLAIMED);
    }

    @Test
    void aClaimLeftByACrashExpiresAfterTheClaimTimeout() {
        ledger.claim("a3", "push@crashed#1");
        clock.advance(Duration.ofMinutes(5));
        assertThat(ledger.claim("a3", "poll@n2#1")).isEqualTo(AlertLedger.Claim.IN_FLIGHT);
        clock.advance(Duration.ofSeconds(1));
        assertThat(ledger.claim("a3", "poll@n2#2")).isEqualTo(AlertLedger.Claim.CLAIMED);
    }

    @Test
    void doneAlertsAreForgottenAfterTheRetentionSoTheStoreStaysBounded() {
        for (int i = 0; i < 100; i++) {
            ledger.claim("old-" + i, "push@n1#" + i);
            ledger.done("old-" + i);
        }
        clock.advance(Duration.ofHours(48).plusSeconds(1));
        // new alerts until every shard has been written once since
        for (int i = 0; i < 10_000 && !allShards().stream().allMatch(v -> v.contains("new-")); i++) {
            ledger.claim("new-" + i, "push@n1#x" + i);
            ledger.done("new-" + i);
        }
        assertThat(allShards()).allSatisfy(v -> assertThat(v).contains("new-").doesNotContain("old-"));
        assertThat(ledger.claim("old-1", "poll@n2#1")).as("forgotten: delivered again").isEqualTo(AlertLedger.Claim.CLAIMED);
    }

    private List<String> allShards() {
        List<String> values = new ArrayList<>();
        for (int shard = 0; shard < AlertLedger.SHARDS; shard++) {
            String value = repository.getState("k/" + shard);
            values.add(value == null ? "" : value);
        }
        return values;
    }

    @Test
    void idsThatCannotBeRecordedAreRefused() {
        assertThat(AlertLedger.isRecordable("abc-alert")).isTrue();
        assertThat(AlertLedger.isRecordable("a b")).isFalse();
        assertThat(AlertLedger.isRecordable("x".repeat(AlertLedger.MAX_ID_LENGTH + 1))).isFalse();
        assertThatThrownBy(() -> ledger.claim("a\nb", "push@n1#1")).isInstanceOf(IllegalArgumentException.class);
    }
}
