package dev.emailsecurity.camel.catalog.kamelet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules of Apache Camel's Kamelet validator (camel-kamelets {@code script/validator}), re-implemented for our
 * Kamelets, plus checks of every {@code email-security:} endpoint against the component model. One deliberate
 * difference: the provider annotation must be present, not equal to "Apache Software Foundation" (these Kamelets
 * are not Apache's).
 */
public final class KameletValidator {

    static final String TYPE_LABEL = "camel.apache.org/kamelet.type";
    static final String CREDENTIALS = "urn:camel:group:credentials";
    /** An option value that is one Kamelet property and nothing else: {@code {{name}}} or {@code {{?name}}}. */
    private static final Pattern WHOLE_PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9_]+)}}");
    static final List<String> TYPES = List.of("source", "sink", "action");
    static final List<String> ANNOTATIONS = List.of("camel.apache.org/kamelet.icon", "camel.apache.org/catalog.version",
            "camel.apache.org/provider");
    /** Placeholders the way Camel K's validator finds them: {{name}}, {{?name}}, {{name:default}}. */
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9-._]+)(?::[^}]*)?}}");
    /** Words a title may keep in lower case (the stop words the Go validator skips, reduced to those that occur). */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in", "into",
            "of", "on", "or", "per", "the", "to", "via", "with");

    private final String version;
    private final EndpointModel model;

    /**
     * @param version the project version the {@code catalog.version} annotation and the {@code mvn:} dependency must
     *                carry
     * @param model   our component's model, for the endpoint checks; null skips them (for Kamelets written for
     *                options the component JSON does not have yet)
     */
    public KameletValidator(String version, EndpointModel model) {
        this.version = version;
        this.model = model;
    }

    /** Every problem of these Kamelets, one message each; empty when they are valid. */
    public List<String> validate(List<Kamelet> kamelets) {
        List<String> errors = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (Kamelet kamelet : kamelets) {
            errors.addAll(validate(kamelet));
            String title = kamelet.definition().path("title").asText("");
            String description = kamelet.definition().path("description").asText("");
            if (!titles.add(title)) {
                errors.add(kamelet.name() + ": duplicate title \"" + title + "\"");
            }
            if (!descriptions.add(description)) {
                errors.add(kamelet.name() + ": duplicate description");
            }
        }
        return errors;
    }

    /** The problems of one Kamelet. */
    public List<String> validate(Kamelet kamelet) {
        List<String> errors = new ArrayList<>();
        String name = kamelet.name();
        if (!kamelet.fileName().equals(name + Kamelet.SUFFIX)) {
            errors.add(kamelet.fileName() + ": file name does not match metadata.name \"" + name + "\"");
        }
        if (!"Kamelet".equals(kamelet.tree().path("kind").asText())
            || !"camel.apache.org/v1".equals(kamelet.tree().path("apiVersion").asText())) {
            errors.add(name + ": not a camel.apache.org/v1 Kamelet");
        }
        type(kamelet, errors);
        definition(kamelet, errors);
        annotations(kamelet, errors);
        dependencies(kamelet, errors);
        parameters(kamelet, errors);
        if (model != null) {
            for (KameletEndpoints.Endpoint endpoint : KameletEndpoints.of(kamelet)) {
                model.check(endpoint).forEach(problem -> errors.add(name + ": " + problem));
                offeredValues(kamelet, endpoint, errors);
            }
        }
        return errors;
    }

    /**
     * Every value a Kamelet property offers (its enum and default) for an option it is passed to as a whole
     * ({@code option: "{{property}}"}) is one the component accepts: Kaoto and Karavan show the enum as a dropdown.
     */
    private void offeredValues(Kamelet kamelet, KameletEndpoints.Endpoint endpoint, List<String> errors) {
        JsonNode properties = kamelet.tree().path("spec").path("definition").path("properties");
        for (Map.Entry<String, String> option : endpoint.options().entrySet()) {
            Matcher whole = WHOLE_PLACEHOLDER.matcher(option.getValue());
            if (!whole.matches() || !properties.has(whole.group(1))) {
                continue;
            }
            JsonNode property = properties.get(whole.group(1));
            List<String> offered = new ArrayList<>();
            property.path("enum").forEach(v -> offered.add(v.asText()));
            if (property.has("default")) {
                offered.add(property.get("default").asText());
            }
            for (String value : offered) {
                model.checkValue(option.getKey(), value).forEach(problem -> errors.add(kamelet.name() + ": property \""
                        + whole.group(1) + "\" offers a value the component refuses: " + problem));
            }
        }
    }

    private void type(Kamelet kamelet, List<String> errors) {
        String type = kamelet.type();
        if (!TYPES.contains(type)) {
            errors.add(kamelet.name() + ": invalid " + TYPE_LABEL + " label \"" + type + "\"");
        } else if (!kamelet.name().endsWith("-" + type)) {
            errors.add(kamelet.name() + ": name does not end with \"-" + type + "\"");
        }
    }

    private void definition(Kamelet kamelet, List<String> errors) {
        String name = kamelet.name();
        JsonNode definition = kamelet.definition();
        if (definition.isMissingNode()) {
            errors.add(name + ": no spec.definition");
            return;
        }
        if (kamelet.template().isMissingNode()) {
            errors.add(name + ": no spec.template");
        }
        String title = definition.path("title").asText("");
        String type = kamelet.type();
        if (title.isEmpty()) {
            errors.add(name + ": no title");
        } else if (type.length() > 1 && !title.endsWith(Character.toUpperCase(type.charAt(0)) + type.substring(1))) {
            errors.add(name + ": title \"" + title + "\" does not end with the capitalized type");
        }
        if (definition.path("description").asText("").isEmpty()) {
            errors.add(name + ": no description");
        }
        if (!"object".equals(definition.path("type").asText())) {
            errors.add(name + ": the definition is not of type \"object\"");
        }
        JsonNode properties = definition.path("properties");
        properties.properties().forEach(p -> property(name, p.getKey(), p.getValue(), errors));
        Set<String> required = new HashSet<>();
        for (JsonNode r : definition.path("required")) {
            if (!required.add(r.asText())) {
                errors.add(name + ": required property \"" + r.asText() + "\" listed twice");
            }
            if (!properties.has(r.asText())) {
                errors.add(name + ": required property \"" + r.asText() + "\" is not defined");
            }
        }
    }

    private static void property(String kamelet, String name, JsonNode property, List<String> errors) {
        String where = kamelet + ": property \"" + name + "\"";
        if (property.path("type").asText("").isEmpty()) {
            errors.add(where + " has no type");
        }
        String title = property.path("title").asText("");
        if (title.isEmpty()) {
            errors.add(where + " has no title");
        }
        for (String word : title.split(" ")) {
            if (!word.isEmpty() && !STOP_WORDS.contains(word.toLowerCase()) && Character.isLowerCase(word.charAt(0))) {
                errors.add(where + " has a non-capitalized word in its title: \"" + word + "\"");
            }
        }
        for (String article : List.of("The ", "A ", "An ")) {
            if (title.startsWith(article)) {
                errors.add(where + " has a title starting with \"" + article.trim() + "\"");
            }
        }
        if (property.path("description").asText("").isEmpty()) {
            errors.add(where + " has no description");
        }
        boolean credentials = false;
        for (JsonNode d : property.path("x-descriptors")) {
            credentials |= CREDENTIALS.equals(d.asText());
        }
        if ("password".equals(property.path("format").asText()) && !credentials) {
            errors.add(where + " has the password format but not the " + CREDENTIALS + " descriptor");
        }
    }

    private void annotations(Kamelet kamelet, List<String> errors) {
        JsonNode annotations = kamelet.tree().path("metadata").path("annotations");
        for (String annotation : ANNOTATIONS) {
            if (annotations.path(annotation).asText("").isEmpty()) {
                errors.add(kamelet.name() + ": no " + annotation + " annotation");
            }
        }
        String catalogVersion = annotations.path("camel.apache.org/catalog.version").asText("");
        if (!catalogVersion.isEmpty() && !catalogVersion.equals(version)) {
            errors.add(kamelet.name() + ": catalog.version " + catalogVersion + " is not the project version " + version);
        }
    }

    private void dependencies(Kamelet kamelet, List<String> errors) {
        Set<String> dependencies = new HashSet<>();
        kamelet.tree().path("spec").path("dependencies").forEach(d -> dependencies.add(d.asText()));
        String ours = "mvn:dev.emailsecurity:camel-email-security:" + version;
        if (!dependencies.contains(ours)) {
            errors.add(kamelet.name() + ": no dependency " + ours);
        }
        if (!dependencies.contains("camel:kamelet")) {
            errors.add(kamelet.name() + ": no dependency camel:kamelet");
        }
        if (kamelet.text().contains("json:") && !dependencies.contains("camel:jackson")) {
            errors.add(kamelet.name() + ": uses the json data format but has no dependency camel:jackson");
        }
    }

    private static void parameters(Kamelet kamelet, List<String> errors) {
        Set<String> used = new LinkedHashSet<>();
        placeholders(kamelet.template(), used);
        Set<String> declared = new LinkedHashSet<>();
        kamelet.definition().path("properties").fieldNames().forEachRemaining(declared::add);
        kamelet.template().path("beans").forEach(b -> declared.add(b.path("name").asText()));
        for (String p : used) {
            if (!declared.contains(p)) {
                errors.add(kamelet.name() + ": parameter \"" + p + "\" is used but not declared");
            }
        }
        for (String p : declared) {
            if (!used.contains(p)) {
                errors.add(kamelet.name() + ": parameter \"" + p + "\" is declared but never used");
            }
        }
    }

    private static void placeholders(JsonNode node, Set<String> found) {
        if (node.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(node.asText());
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        node.forEach(child -> placeholders(child, found));
    }
}
