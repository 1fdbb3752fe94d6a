package dev.emailsecurity.examples.yamlroute;

import java.time.Duration;
import java.util.Map;

import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.main.Main;

/**
 * Runs the YAML route ({@code routes/malicious-mail.camel.yaml}) on Camel Main with {@code application.properties}.
 * Without {@code CLOUDFLARE_ACCOUNT_ID} and {@code CLOUDFLARE_API_TOKEN} it starts the embedded emulator in live mode
 * (a new message every two seconds) and points the component at it. Stop it with Ctrl+C; run it again and it
 * resumes from its checkpoint.
 */
public final class YamlRouteExample {

    private YamlRouteExample() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("CLOUDFLARE_ACCOUNT_ID") != null && System.getenv("CLOUDFLARE_API_TOKEN") != null) {
            create(Map.of()).run(args);
            return;
        }
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).seed(42)
                .live(Duration.ofSeconds(2), 1).build().start()) {
            System.out.println("No CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_API_TOKEN: using the embedded emulator at "
                               + emulator.baseUrl() + " (a fresh one each run: to see a restart resume, run the"
                               + " standalone emulator instead, see README.md)");
            create(Map.of("camel.component.email-security.base-url", emulator.baseUrl(),
                    "camel.component.email-security.account-id", emulator.accountId(),
                    "camel.component.email-security.api-token", emulator.readToken(),
                    "example.poll-delay", "2000")).run(args);
        }
    }

    /** Camel Main with the example's properties, and these on top of them (the emulator's address, a test's). */
    public static Main create(Map<String, String> overrides) {
        Main main = new Main();
        overrides.forEach(main::addOverrideProperty);
        return main;
    }
}
