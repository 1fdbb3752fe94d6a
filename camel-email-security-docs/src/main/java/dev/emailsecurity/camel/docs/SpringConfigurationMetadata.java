package dev.emailsecurity.camel.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.util.StringHelper;

/**
 * Renders {@code META-INF/spring-configuration-metadata.json} for the Spring Boot starter from the component JSON:
 * one property per component option under {@code camel.component.<scheme>.}, with its description, type, default
 * and allowed values, plus the starter's own {@code enabled} and {@code customizer.enabled} switches. The starter's
 * build runs {@link #main} at {@code process-classes}, so a new option appears in IDEs without touching the starter.
 */
public final class SpringConfigurationMetadata {

    private static final Map<String, String> WRAPPERS = Map.of(
            "boolean", "java.lang.Boolean", "int", "java.lang.Integer", "long", "java.lang.Long",
            "double", "java.lang.Double", "float", "java.lang.Float", "short", "java.lang.Short");

    /** The option names camel-spring-boot uses for its own switches under every component prefix. */
    public static final java.util.Set<String> STARTER_SWITCHES = java.util.Set.of("enabled", "customizer");

    private final ComponentModel model;
    private final String prefix;

    public SpringConfigurationMetadata(ComponentModel model) {
        this.model = model;
        this.prefix = "camel.component." + model.getScheme();
    }

    /** The metadata document, pretty-printed. */
    public String render() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("groups", List.of(entry("name", prefix, "type", model.getJavaType(), "description",
                model.getDescription(), "sourceType", model.getJavaType())));
        List<Map<String, Object>> properties = new ArrayList<>();
        properties.add(entry("name", prefix + ".enabled", "type", "java.lang.Boolean", "description",
                "Whether to enable auto configuration of the " + model.getScheme() + " component. This is enabled by"
                + " default. (A component option of the same name, if any, is set on the endpoint URI instead.)",
                "defaultValue", true));
        properties.add(entry("name", prefix + ".customizer.enabled", "type", "java.lang.Boolean", "description",
                "Whether the Spring Boot properties are applied to the " + model.getScheme() + " component (its"
                + " ComponentCustomizer). Falls back to camel.component.customizer.enabled; enabled by default.",
                "defaultValue", true));
        List<Map<String, Object>> hints = new ArrayList<>();
        for (ComponentModel.ComponentOptionModel option : settableOptions(model)) {
            String name = prefix + "." + StringHelper.camelCaseToDash(option.getName());
            Map<String, Object> property = entry("name", name, "type", springType(option), "description",
                    description(option), "sourceType", model.getJavaType());
            if (option.getDefaultValue() != null && !"".equals(option.getDefaultValue())) {
                property.put("defaultValue", option.getDefaultValue());
            }
            if (option.isDeprecated()) {
                property.put("deprecated", true);
                property.put("deprecation", entry("level", "warning", "reason", option.getDeprecationNote()));
            }
            properties.add(property);
            if (option.getEnums() != null && !option.getEnums().isEmpty()) {
                hints.add(entry("name", name, "values", option.getEnums().stream().map(v -> entry("value", v)).toList()));
            }
        }
        document.put("properties", properties);
        document.put("hints", hints);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The component options Spring Boot properties can set: all but those whose name is one of the starter's
     * switches ({@code enabled}, {@code customizer}), which camel-spring-boot reserves on every component.
     */
    public static List<ComponentModel.ComponentOptionModel> settableOptions(ComponentModel model) {
        return model.getComponentOptions().stream().filter(o -> !STARTER_SWITCHES.contains(o.getName())).toList();
    }

    /** The type an IDE checks values against: Camel binds the text, so durations and bean references are text. */
    private static String springType(ComponentModel.ComponentOptionModel option) {
        if ("duration".equals(option.getType())) {
            return "java.time.Duration";
        }
        if ("object".equals(option.getType())) {
            return "java.lang.String";
        }
        return WRAPPERS.getOrDefault(option.getJavaType(), option.getJavaType());
    }

    private static String description(ComponentModel.ComponentOptionModel option) {
        String text = option.getDescription() == null ? "" : option.getDescription();
        if ("object".equals(option.getType())) {
            text += " The option is a " + option.getJavaType() + " type: refer to a bean with #bean:name, or set its"
                    + " properties with nested keys.";
        }
        if (option.isSecret()) {
            text += " Secret: masked in logs.";
        }
        return text;
    }

    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Writes the metadata of the component on the classpath to the given file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: SpringConfigurationMetadata <output file>");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, new SpringConfigurationMetadata(ComponentMetadata.load()).render());
    }
}
