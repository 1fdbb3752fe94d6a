package dev.emailsecurity.examples.safeactions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs {@link SafeActionsRoutes} once, prints the ticket file and exits. With no environment it starts the embedded
 * emulator and stages two confirmed false positives; with {@code CLOUDFLARE_ACCOUNT_ID} and {@code
 * CLOUDFLARE_API_TOKEN} set it acts on the real account: read the routes before you do that.
 */
public final class SafeActionsDemo {

    private SafeActionsDemo() {
    }

    public static void main(String[] args) throws Exception {
        Path tickets = Path.of(args.length > 0 ? args[0] : "target/tickets");
        String account = System.getenv("CLOUDFLARE_ACCOUNT_ID");
        String token = System.getenv("CLOUDFLARE_API_TOKEN");
        if (account != null && token != null) {
            run(EmailSecurityConfiguration.DEFAULT_BASE_URL, account, token, tickets, null);
        } else {
            try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).seed(42).build().start()) {
                System.out.println("No CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_API_TOKEN: using the embedded emulator at "
                                   + emulator.baseUrl());
                run(emulator.baseUrl(), emulator.accountId(), emulator.writeToken(), tickets, emulator);
            }
        }
        System.out.println(Files.readString(tickets.resolve(SafeActionsRoutes.TICKETS)));
    }

    /** What a caller may change on the context once the routes are added, before it starts (tests use it). */
    @FunctionalInterface
    interface BeforeStart {
        void apply(CamelContext camel) throws Exception;
    }

    /** Runs the routes once; with an emulator, stages the false positives first. */
    static void run(String baseUrl, String account, String token, Path tickets, EmailSecurityEmulator emulator)
            throws Exception {
        run(baseUrl, account, token, tickets, emulator, camel -> {
        });
    }

    static void run(String baseUrl, String account, String token, Path tickets, EmailSecurityEmulator emulator,
                    BeforeStart beforeStart) throws Exception {
        if (emulator != null) {
            FalsePositiveStaging.stage(emulator);
        }
        CountDownLatch done = new CountDownLatch(1);
        try (CamelContext camel = context(baseUrl, account, token)) {
            SafeActionsRoutes routes = new SafeActionsRoutes(tickets, done);
            camel.addRoutes(routes);
            beforeStart.apply(camel);
            camel.start();
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The safe-actions route did not finish within 60 s");
            }
            if (routes.failure() != null) {
                throw routes.failure();
            }
        }
    }

    /** A Camel context whose email-security component talks to the given API (configured once, for every URI). */
    static CamelContext context(String baseUrl, String account, String token) {
        CamelContext camel = new DefaultCamelContext();
        EmailSecurityConfiguration config = camel.getComponent("email-security", EmailSecurityComponent.class)
                .getConfiguration();
        config.setBaseUrl(baseUrl);
        config.setAccountId(account);
        config.setApiToken(token);
        return camel;
    }
}
