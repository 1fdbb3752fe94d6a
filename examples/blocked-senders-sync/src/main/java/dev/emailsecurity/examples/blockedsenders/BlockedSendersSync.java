package dev.emailsecurity.examples.blockedsenders;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.camel.model.BlockedSender;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Syncs the account's blocked senders with a CSV file: always a dry run first (the plan, no change), then the real
 * run. With no environment it uses the embedded emulator and applies the plan; with {@code CLOUDFLARE_ACCOUNT_ID} and
 * {@code CLOUDFLARE_API_TOKEN} set it talks to the real API and applies only with {@code --apply}.
 * <p>
 * Arguments: {@code [file.csv] [--apply]}; without a file the bundled {@code blocked-senders.csv} is used.
 */
public final class BlockedSendersSync {

    private BlockedSendersSync() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        List<BlockedSender> wanted = readWanted(arguments.stream().filter(a -> !a.startsWith("--")).findFirst()
                .orElse(null));
        String account = System.getenv("CLOUDFLARE_ACCOUNT_ID");
        String token = System.getenv("CLOUDFLARE_API_TOKEN");
        if (account != null && token != null) {
            sync(EmailSecurityConfiguration.DEFAULT_BASE_URL, account, token, wanted, arguments.contains("--apply"),
                    System.out);
            return;
        }
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).seed(42).build().start()) {
            System.out.println("No CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_API_TOKEN: using the embedded emulator at "
                               + emulator.baseUrl());
            sync(emulator.baseUrl(), emulator.accountId(), emulator.writeToken(), wanted, true, System.out);
        }
    }

    /** Prints the plan (dry run), then applies it when asked. Returns the plan. */
    public static SyncPlan sync(String baseUrl, String account, String token, List<BlockedSender> wanted, boolean apply,
                                PrintStream out) throws Exception {
        try (CamelContext camel = new DefaultCamelContext()) {
            EmailSecurityConfiguration config = camel.getComponent("email-security", EmailSecurityComponent.class)
                    .getConfiguration();
            config.setBaseUrl(baseUrl);
            config.setAccountId(account);
            config.setApiToken(token);
            camel.addRoutes(new BlockedSendersSyncRoutes(out));
            camel.start();
            out.println("== Dry run");
            SyncPlan plan = camel.createProducerTemplate().requestBodyAndHeaders("direct:sync", wanted,
                    Map.of(BlockedSendersSyncRoutes.DRY_RUN, true), SyncPlan.class);
            if (!apply || plan.isEmpty()) {
                out.println(plan.isEmpty() ? "Already in sync." : "Run again with --apply to make these changes.");
                return plan;
            }
            out.println("== Apply");
            return camel.createProducerTemplate().requestBodyAndHeaders("direct:sync", wanted,
                    Map.of(BlockedSendersSyncRoutes.DRY_RUN, false), SyncPlan.class);
        }
    }

    static List<BlockedSender> readWanted(String file) throws Exception {
        if (file != null) {
            try (BufferedReader csv = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                return BlockedSendersCsv.read(csv);
            }
        }
        try (BufferedReader csv = new BufferedReader(new InputStreamReader(
                BlockedSendersSync.class.getResourceAsStream("/blocked-senders.csv"), StandardCharsets.UTF_8))) {
            return BlockedSendersCsv.read(csv);
        }
    }
}
