package dev.emailsecurity.camel;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.test.LogCapture;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Part of must-show 5: with JMX on, no attribute of any Camel MBean (endpoints, routes, components, producers) shows
 * the token, the legacy key or the proxy password given in endpoint URIs.
 */
class JmxSecretHygieneTest extends EmulatorTestSupport {

    @Override
    public void configureTest(TestExecutionConfiguration configuration) {
        super.configureTest(configuration);
        configuration.withEnableJMX();
    }

    @Test
    void noMBeanAttributeShowsASecret() throws Exception {
        String token = emulator.writeToken();
        String key = emulator.apiKey();
        String id = FaultMatrixTest.quarantinedId();
        String tokenUri = "email-security:getMessage?apiToken=RAW(" + token + ")&investigateId=" + id;
        String keyUri = "email-security:getMessage?apiToken=&apiKey=RAW(" + key + ")&apiEmail=" + emulator.apiEmail()
                        + "&investigateId=" + id + "&proxyHost=127.0.0.1&proxyPort=9&proxyUsername=u&proxyPassword=RAW(pp-"
                        + token + ")&maxRetries=0";
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:token").routeId("jmx-token").to(tokenUri);
                from("direct:key").routeId("jmx-key").to(keyUri);
            }
        });
        Exchange withToken = template.request("direct:token", e -> {
        });
        assertThat(withToken.getException()).isNull();
        template.request("direct:key", e -> {
        });

        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = server.queryNames(new ObjectName("org.apache.camel:context=" + context.getManagementName()
                                                                 + ",*"), null);
        List<String> values = new ArrayList<>();
        int emailSecurityEndpoints = 0;
        for (ObjectName name : names) {
            values.add(name.toString());
            if (name.toString().contains("email-security")) {
                emailSecurityEndpoints++;
            }
            for (MBeanAttributeInfo attribute : server.getMBeanInfo(name).getAttributes()) {
                if (!attribute.isReadable()) {
                    continue;
                }
                try {
                    values.add(attribute.getName() + "=" + server.getAttribute(name, attribute.getName()));
                } catch (Exception | LinkageError e) {
                    // some attributes cannot be read outside a running operation; their names are still listed
                }
            }
        }
        assertThat(emailSecurityEndpoints).as("email-security MBeans").isPositive();
        assertThat(String.join("\n", values)).contains("email-security://getMessage").doesNotContain(token)
                .doesNotContain(key);
    }
}
