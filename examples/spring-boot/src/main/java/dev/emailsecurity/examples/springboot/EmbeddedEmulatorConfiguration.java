package dev.emailsecurity.examples.springboot;

import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * For the demo only: starts the API emulator inside the application ({@code example.embedded-emulator.enabled}), on
 * the port application.yaml's base URL points to. Created before Camel starts its routes, stopped with the context.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("example.embedded-emulator.enabled")
public class EmbeddedEmulatorConfiguration {

    @Bean(destroyMethod = "close")
    EmailSecurityEmulator embeddedEmulator(@Value("${example.embedded-emulator.port}") int port) {
        return EmailSecurityEmulator.builder().port(port).seed(42).build().start();
    }
}
