package dev.emailsecurity.camel.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;

/** Reads the component JSON that camel-package-maven-plugin generated, from the component jar on the classpath. */
public final class ComponentMetadata {

    /** Where the component JSON sits in the component jar. */
    public static final String RESOURCE = "META-INF/dev/emailsecurity/camel/email-security.json";

    private ComponentMetadata() {
    }

    /** The component model: component options, endpoint options (path and query) and headers, in JSON order. */
    public static ComponentModel load() {
        try (InputStream in = ComponentMetadata.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath: is camel-email-security built?");
            }
            return JsonMapper.generateComponentModel(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
