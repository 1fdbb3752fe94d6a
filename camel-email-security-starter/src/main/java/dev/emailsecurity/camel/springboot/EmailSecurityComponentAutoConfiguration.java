package dev.emailsecurity.camel.springboot;

import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration of the {@code email-security} component, in the shape of camel-spring-boot's generated starters:
 * off with {@code camel.component.enabled=false} or {@code camel.component.email-security.enabled=false}, and a
 * {@link ComponentCustomizer} that applies the {@code camel.component.email-security.*} properties when Camel creates
 * the component. The options are not re-declared here: the component JSON is their only definition, and the IDE
 * metadata is generated from it at build time.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@ConditionalOnHierarchicalProperties({ "camel.component", EmailSecurityPropertiesCustomizer.PREFIX })
public class EmailSecurityComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureEmailSecurityComponent(Environment environment) {
        return new EmailSecurityPropertiesCustomizer(environment);
    }
}
