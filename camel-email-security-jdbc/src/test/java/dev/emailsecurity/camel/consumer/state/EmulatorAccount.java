package dev.emailsecurity.camel.consumer.state;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import org.apache.camel.CamelContext;

/** Points a CamelContext's email-security component at an emulator (base URL, account id, token). */
final class EmulatorAccount {

    private EmulatorAccount() {
    }

    static void configure(CamelContext context, String baseUrl, String accountId, String apiToken) {
        EmailSecurityConfiguration c = context.getComponent("email-security", EmailSecurityComponent.class)
                .getConfiguration();
        c.setBaseUrl(baseUrl);
        c.setAccountId(accountId);
        c.setApiToken(apiToken);
    }
}
