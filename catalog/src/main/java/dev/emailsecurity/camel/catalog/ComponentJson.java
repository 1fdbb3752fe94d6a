package dev.emailsecurity.camel.catalog;

import com.fasterxml.jackson.databind.JsonNode;

/** The component's JSON model as the component build generated it, read from the component jar. */
public final class ComponentJson {

    /** Where camel-package-maven-plugin puts it in the jar (the component's package, then the scheme). */
    public static final String RESOURCE = "META-INF/dev/emailsecurity/camel/email-security.json";
    public static final String SCHEME = "email-security";

    private ComponentJson() {
    }

    public static String text() {
        return Json.classpathText(RESOURCE);
    }

    public static JsonNode tree() {
        return Json.read(text());
    }
}
