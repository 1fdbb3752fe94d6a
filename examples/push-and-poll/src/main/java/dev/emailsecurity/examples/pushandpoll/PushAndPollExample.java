package dev.emailsecurity.examples.pushandpoll;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;

import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.logpush.LogpushJob;

/**
 * Runs the YAML route ({@code routes/push-and-poll.camel.yaml}) on Camel Main with the Vert.x HTTP server on
 * {@code example.port}. Without {@code CLOUDFLARE_ACCOUNT_ID} and {@code CLOUDFLARE_API_TOKEN} it starts the
 * embedded emulator in live mode and its Logpush job pushing to the route, losing a fifth of the batches, so both
 * sides show in the output.
 */
public final class PushAndPollExample {

    private PushAndPollExample() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getenv("CLOUDFLARE_ACCOUNT_ID") != null && System.getenv("CLOUDFLARE_API_TOKEN") != null) {
            create(Map.of()).run(args);
            return;
        }
        String secret = "example-logpush-secret";
        int port = 8080;
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).seed(42)
                .live(Duration.ofSeconds(2), 2).build().start();
             LogpushJob job = LogpushJob.builder()
                     .destination("http://127.0.0.1:" + port + "/logpush/email-security?header_X-Logpush-Secret="
                                  + secret)
                     .dropShare(0.2).build().attach(emulator)) {
            System.out.println("No CLOUDFLARE_ACCOUNT_ID / CLOUDFLARE_API_TOKEN: using the embedded emulator at "
                               + emulator.baseUrl() + " and its Logpush job (20% of the batches lost)");
            create(Map.of("camel.component.email-security.base-url", emulator.baseUrl(),
                    "camel.component.email-security.account-id", emulator.accountId(),
                    "camel.component.email-security.api-token", emulator.readToken(),
                    "example.secret", secret, "example.port", String.valueOf(port),
                    "example.poll-delay", "5000")).run(args);
        }
    }

    /** Camel Main with the example's properties, these on top of them, and the HTTP server on example.port. */
    public static Main create(Map<String, String> overrides) {
        Main main = new Main();
        overrides.forEach(main::addOverrideProperty);
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void beforeConfigure(BaseMainSupport support) {
                CamelContext context = support.getCamelContext();
                VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
                http.setBindPort(Integer.parseInt(context.resolvePropertyPlaceholders("{{example.port}}")));
                try {
                    context.addService(new VertxPlatformHttpServer(http));
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot add the HTTP server", e);
                }
            }
        });
        return main;
    }
}
