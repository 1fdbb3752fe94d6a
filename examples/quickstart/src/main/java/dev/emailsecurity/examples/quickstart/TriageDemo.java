package dev.emailsecurity.examples.quickstart;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs {@link TriageRoutes} once and exits. With no environment it starts the embedded emulator, so no account is
 * needed; with {@code CLOUDFLARE_ACCOUNT_ID} and {@code CLOUDFLARE_API_TOKEN} set it runs against the real API.
 */
public final class TriageDemo {

    private TriageDemo() {
    }

    public static void main(String[] args) throws Exception {
        String account = System.getenv("CLOUDFLARE_ACCOUNT_ID");
        String token = System.getenv("CLOUDFLARE_API_TOKEN");
        EmailSecurityEmulator emulator = null;
        if (account == null || token == null) {
            emulator = EmailSecurityEmulator.builder().port(0).seed(42).build().start();
            account = emulator.accountId();
            token = emulator.writeToken();
            System.out.println("No CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_API_TOKEN: using the embedded emulator at "
                               + emulator.baseUrl());
        }
        try {
            run(emulator == null ? EmailSecurityConfiguration.DEFAULT_BASE_URL : emulator.baseUrl(), account, token);
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    static void run(String baseUrl, String account, String token) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (CamelContext camel = new DefaultCamelContext()) {
            EmailSecurityConfiguration config = camel.getComponent("email-security", EmailSecurityComponent.class)
                    .getConfiguration();
            config.setBaseUrl(baseUrl);
            config.setAccountId(account);
            config.setApiToken(token);
            TriageRoutes routes = new TriageRoutes(System.out, done);
            camel.addRoutes(routes);
            camel.start();
            if (!done.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The triage route did not finish within 60 s");
            }
            if (routes.failure() != null) {
                throw routes.failure();
            }
        }
    }
}
