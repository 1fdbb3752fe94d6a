package dev.emailsecurity.camel.springboot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.EmailSecurityComponent;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.apache.camel.util.StringHelper;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Applies every {@code camel.component.email-security.<option>} property to the component with Camel's own property
 * binding, as camel-spring-boot's starters do: kebab-case or camelCase keys, type conversion, bean references
 * ({@code #bean:name}) and nested keys ({@code configuration.connect-timeout}). An unknown key fails the start,
 * naming the key but never the value (it may be a secret). Switched off by {@code camel.component.customizer.enabled}
 * or {@code camel.component.email-security.customizer.enabled}.
 */
public class EmailSecurityPropertiesCustomizer implements ComponentCustomizer {

    static final String PREFIX = "camel.component.email-security";

    /** The starter's own switches, not component options. */
    private static final Set<String> SWITCHES = Set.of("enabled", "customizer.enabled");

    private final Environment environment;

    public EmailSecurityPropertiesCustomizer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return target instanceof EmailSecurityComponent
               && HierarchicalPropertiesEvaluator.evaluate(environment, "camel.component.customizer",
                       PREFIX + ".customizer");
    }

    @Override
    public void configure(String name, Component target) {
        for (Map.Entry<String, Object> option : options().entrySet()) {
            Map<String, Object> one = new LinkedHashMap<>(Map.of(option.getKey(), option.getValue()));
            if (!CamelPropertiesHelper.setCamelProperties(target.getCamelContext(), target, one, false)) {
                throw new IllegalArgumentException("Unknown or unsettable option " + PREFIX + "." + option.getKey()
                                                   + " of the email-security component (see the option table)");
            }
        }
    }

    /** The component options set in the environment, keys in camelCase. */
    Map<String, Object> options() {
        Map<String, String> raw = Binder.get(environment).bind(PREFIX, Bindable.mapOf(String.class, String.class))
                .orElse(Map.of());
        Map<String, Object> options = new LinkedHashMap<>();
        raw.forEach((key, value) -> {
            if (!SWITCHES.contains(key)) {
                options.put(StringHelper.dashToCamelCase(key), value);
            }
        });
        return options;
    }
}
