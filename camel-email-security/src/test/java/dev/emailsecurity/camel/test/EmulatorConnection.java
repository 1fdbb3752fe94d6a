package dev.emailsecurity.camel.test;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;

/** Points the component of a CamelContext at an emulator: its URL, account and write token, set once. */
public final class EmulatorConnection {

    private EmulatorConnection() {
    }

    /** Component-level settings of the context's {@code email-security} component. */
    public static EmailSecurityConfiguration pointAt(CamelContext context, EmailSecurityEmulator emulator) {
        EmailSecurityConfiguration configuration = context.getComponent("email-security", EmailSecurityComponent.class)
                .getConfiguration();
        pointAt(configuration, emulator);
        return configuration;
    }

    /** The emulator's URL, account and write token on a configuration. */
    public static void pointAt(EmailSecurityConfiguration configuration, EmailSecurityEmulator emulator) {
        pointAt(configuration, emulator.baseUrl(), emulator.accountId(), emulator.writeToken());
    }

    /** An emulator in another JVM, known by its URL, account and token (for the mains that tests start). */
    public static void pointAt(CamelContext context, String baseUrl, String accountId, String apiToken) {
        pointAt(context.getComponent("email-security", EmailSecurityComponent.class).getConfiguration(), baseUrl,
                accountId, apiToken);
    }

    private static void pointAt(EmailSecurityConfiguration configuration, String baseUrl, String accountId,
            String apiToken) {
        configuration.setBaseUrl(baseUrl);
        configuration.setAccountId(accountId);
        configuration.setApiToken(apiToken);
    }
}
