package dev.emailsecurity.camel.springboot;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** The starter in a real Spring context: properties reach the component, and the switches turn it off. */
@ExtendWith(OutputCaptureExtension.class)
class EmailSecurityComponentAutoConfigurationTest {

    private static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";
    private static final String TOKEN = "starter-test-secret-token-0123456789";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    EmailSecurityComponentAutoConfiguration.class))
            .withUserConfiguration(TlsConfig.class)
            .withPropertyValues(
                    "camel.component.email-security.account-id=" + ACCOUNT,
                    "camel.component.email-security.api-token=" + TOKEN,
                    "camel.component.email-security.page-size=250",
                    "camel.component.email-security.connect-timeout=2500",
                    "camel.component.email-security.ssl-context-parameters=#bean:emailSecurityTls",
                    "camel.component.email-security.configuration.max-results=40");

    @Test
    void propertiesReachTheComponentIncludingTheSecretAndNestedOptions(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EmailSecurityComponentAutoConfiguration.class);
            EmailSecurityConfiguration config = component(context.getBean(CamelContext.class)).getConfiguration();
            assertThat(config.getAccountId()).isEqualTo(ACCOUNT);
            assertThat(config.getApiToken()).isEqualTo(TOKEN);
            assertThat(config.getPageSize()).isEqualTo(250);
            assertThat(config.getConnectTimeout()).isEqualTo(2500L);
            // object-typed option, by bean reference
            assertThat(config.getSslContextParameters()).isSameAs(context.getBean(SSLContextParameters.class));
            // nested key: a property of the component's configuration object
            assertThat(config.getMaxResults()).isEqualTo(40);
            // and an endpoint starts from them
            assertThat(context.getBean(CamelContext.class).getEndpoint("email-security:listBlockedSenders"))
                    .isNotNull();
        });
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void enabledFalseDisablesTheAutoConfiguration() {
        runner.withPropertyValues("camel.component.email-security.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(EmailSecurityComponentAutoConfiguration.class);
            EmailSecurityConfiguration config = component(context.getBean(CamelContext.class)).getConfiguration();
            assertThat(config.getAccountId()).isNull();
            assertThat(config.getApiToken()).isNull();
            assertThat(config.getPageSize()).isEqualTo(new EmailSecurityConfiguration().getPageSize());
        });
    }

    @Test
    void camelComponentEnabledFalseDisablesItToo() {
        runner.withPropertyValues("camel.component.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(EmailSecurityComponentAutoConfiguration.class);
            assertThat(component(context.getBean(CamelContext.class)).getConfiguration().getAccountId()).isNull();
        });
    }

    @Test
    void customizerSwitchesStopThePropertiesFromBeingApplied() {
        for (String off : new String[] { "camel.component.customizer.enabled=false",
                "camel.component.email-security.customizer.enabled=false" }) {
            runner.withPropertyValues(off).run(context -> {
                assertThat(context).hasNotFailed().hasSingleBean(EmailSecurityComponentAutoConfiguration.class);
                assertThat(component(context.getBean(CamelContext.class)).getConfiguration().getAccountId())
                        .as(off).isNull();
            });
        }
        runner.withPropertyValues("camel.component.customizer.enabled=false",
                "camel.component.email-security.customizer.enabled=true").run(context -> assertThat(
                        component(context.getBean(CamelContext.class)).getConfiguration().getAccountId())
                        .as("the component's own switch wins").isEqualTo(ACCOUNT));
    }

    @Test
    void anUnknownOptionFailsNamingTheKeyButNotTheValue() {
        runner.withPropertyValues("camel.component.email-security.api-tokn=" + TOKEN).run(context -> {
            CamelContext camel = context.getBean(CamelContext.class);
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> component(camel));
            assertThat(failure).hasStackTraceContaining("camel.component.email-security.apiTokn");
            java.io.StringWriter trace = new java.io.StringWriter();
            failure.printStackTrace(new java.io.PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(TOKEN);
        });
    }

    private static EmailSecurityComponent component(CamelContext camel) {
        return camel.getComponent("email-security", EmailSecurityComponent.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class TlsConfig {
        @Bean
        SSLContextParameters emailSecurityTls() {
            return new SSLContextParameters();
        }
    }
}
