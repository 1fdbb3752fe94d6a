package dev.emailsecurity.examples.blockedsenders;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.emailsecurity.camel.model.BlockedSender;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.RecordedCall;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The example end to end against the emulator: the dry run changes nothing, the real run makes the account match. */
class BlockedSendersSyncTest {

    @Test
    void dryRunPrintsThePlanThenTheRealRunCreatesAndDeletes() throws Exception {
        List<BlockedSender> wanted = BlockedSendersSync.readWanted(null);
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).seed(42).build().start()) {
            // dry run only: the plan, and not one mutating call
            ByteArrayOutputStream dry = new ByteArrayOutputStream();
            SyncPlan plan = BlockedSendersSync.sync(emulator.baseUrl(), emulator.accountId(), emulator.writeToken(),
                    wanted, false, new PrintStream(dry, true, StandardCharsets.UTF_8));
            String dryOutput = dry.toString(StandardCharsets.UTF_8);
            assertThat(dryOutput).contains("Plan: create 2, delete 1, keep 3",
                    "  + EMAIL invoices@rnicrosoft-billing.com", "  + DOMAIN wallet-verify.top",
                    "  - IP 198.51.100.77", "Dry run: nothing changed.", "Run again with --apply");
            assertThat(plan.toCreate()).hasSize(2);
            assertThat(emulator.calls()).isNotEmpty().allSatisfy(c -> assertThat(c.method()).isEqualTo("GET"));
            assertThat(patterns(emulator)).contains("198.51.100.77").doesNotContain("wallet-verify.top");

            // dry run, then apply: one create per missing entry, one delete per removed one
            emulator.clearCalls();
            ByteArrayOutputStream real = new ByteArrayOutputStream();
            BlockedSendersSync.sync(emulator.baseUrl(), emulator.accountId(), emulator.writeToken(), wanted, true,
                    new PrintStream(real, true, StandardCharsets.UTF_8));
            String realOutput = real.toString(StandardCharsets.UTF_8);
            System.out.println(dryOutput + realOutput);
            assertThat(realOutput).contains("== Dry run", "== Apply", "created   DOMAIN wallet-verify.top",
                    "deleted   IP 198.51.100.77", "Sync done.");
            assertThat(emulator.callCount("email_security_create_blocked_sender")).isEqualTo(2);
            assertThat(emulator.callCount("email_security_delete_blocked_sender")).isEqualTo(1);
            assertThat(patterns(emulator)).isEqualTo(wanted.stream().map(BlockedSender::getPattern)
                    .collect(Collectors.toSet()));
            Map<String, Object> created = emulator.state().settings("block_senders").stream()
                    .filter(e -> "wallet-verify.top".equals(e.get("pattern"))).findFirst().orElseThrow();
            assertThat(created).containsEntry("pattern_type", "DOMAIN")
                    .containsEntry("comments", "Crypto wallet phishing, reported by the SOC");

            // a second sync finds nothing to do
            emulator.clearCalls();
            SyncPlan again = BlockedSendersSync.sync(emulator.baseUrl(), emulator.accountId(), emulator.writeToken(),
                    wanted, true, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(again.isEmpty()).isTrue();
            assertThat(emulator.calls()).extracting(RecordedCall::method).containsOnly("GET");
        }
    }

    private static Set<Object> patterns(EmailSecurityEmulator emulator) {
        return emulator.state().settings("block_senders").stream().map(e -> e.get("pattern"))
                .collect(Collectors.toSet());
    }
}
