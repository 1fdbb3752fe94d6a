package dev.emailsecurity.camel;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedCamelContext;

/**
 * Adds the component's secret option names to the CamelContext's sensitive keywords. Camel masks a property by the
 * last segment of its key; its own list has {@code token} and {@code password} but not {@code apiToken},
 * {@code apiKey}, {@code apiEmail} or {@code proxyUsername}, so without this Camel prints a Kamelet's
 * {@code apiToken = ...} at start and the value of {@code camel.component.email-security.apiToken}.
 */
final class SensitiveKeywords {

    static final Set<String> KEYWORDS = Set.of("apitoken", "apikey", "apiemail", "proxyusername");

    private SensitiveKeywords() {
    }

    static void register(CamelContext camelContext) {
        ExtendedCamelContext ext = camelContext.getCamelContextExtension();
        Set<String> all = new LinkedHashSet<>();
        String existing = ext.getAdditionalSensitiveKeywords();
        if (existing != null && !existing.isBlank()) {
            all.addAll(Set.of(existing.split(",")));
        }
        if (all.addAll(KEYWORDS)) {
            ext.setAdditionalSensitiveKeywords(String.join(",", all));
        }
    }
}
