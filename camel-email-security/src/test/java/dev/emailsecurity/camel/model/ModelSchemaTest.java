package dev.emailsecurity.camel.model;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models against the OpenAPI document the project ships (the July 2026 extract, the addendum and the newest SDK's
 * changes, as the emulator validates against them): every model names in its declaration ({@code src/main/models/*.txt}) the schema it is
 * ({@code schema=}), every JSON property of the model is a property of that schema with a compatible JSON type, and
 * every property of the schema is a property of the model, so that the declaration and the API cannot drift apart
 * unnoticed.
 */
class ModelSchemaTest {

    static final Path DECLARATION = Path.of("src/main/models");
    private static final Pattern MODEL = Pattern.compile("^model (\\w+).*? schema=(\\S+)", Pattern.MULTILINE);
    private static final Pattern STEP = Pattern.compile("\\.(\\w+)|\\[]");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonNode spec;

    ModelSchemaTest() throws Exception {
        spec = mapper.readTree(EmailSecurityEmulator.openApiDocument());
    }

    @Test
    void everyModelNamesItsSchema() throws Exception {
        Map<String, String> schemas = declaredSchemas();
        for (Class<?> model : ModelClasses.all()) {
            assertThat(schemas.get(model.getSimpleName())).as(model.getSimpleName() + " in src/main/models: schema=")
                    .isNotNull();
        }
    }

    @Test
    void everyModelPropertyIsInItsSchemaWithACompatibleType() throws Exception {
        Map<String, String> schemas = declaredSchemas();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Class<?> model : ModelClasses.all()) {
            String reference = schemas.get(model.getSimpleName());
            Map<String, JsonNode> schema = properties(resolve(reference));
            assertThat(schema).as(model.getSimpleName() + ": schema " + reference + " has no properties").isNotEmpty();
            JavaType type = mapper.constructType(model);
            BeanDescription bean = mapper.getSerializationConfig().introspect(type);
            Set<String> declared = new TreeSet<>();
            for (BeanPropertyDefinition property : bean.findProperties()) {
                String json = property.getName();
                declared.add(json);
                property.findAliases().forEach(alias -> declared.add(alias.getSimpleName()));
                JsonNode inSchema = schema.get(json);
                if (inSchema == null) {
                    problems.add(model.getSimpleName() + "." + json + ": not a property of " + reference);
                } else if (!compatible(property.getPrimaryType(), inSchema) && !identifier(json, property, inSchema)) {
                    problems.add(model.getSimpleName() + "." + json + ": Java "
                                 + property.getPrimaryType().toCanonical() + " but the schema allows "
                                 + jsonTypes(inSchema));
                }
                checked++;
            }
            schema.keySet().stream().filter(name -> !declared.contains(name)).forEach(name -> problems
                    .add(model.getSimpleName() + ": " + reference + " has property " + name + ", its declaration does not"));
        }
        assertThat(problems).as("the model declarations against the OpenAPI document").isEmpty();
        assertThat(checked).isGreaterThan(300);
    }

    @Test
    void aWrongTypeOrAMissingPropertyIsFound() {
        JsonNode text = mapper.createObjectNode().put("type", "string");
        JsonNode flags = mapper.createObjectNode().set("type", mapper.createArrayNode().add("boolean").add("null"));
        assertThat(compatible(mapper.constructType(String.class), text)).isTrue();
        assertThat(compatible(mapper.constructType(Integer.class), text)).isFalse();
        assertThat(compatible(mapper.constructType(Boolean.class), flags)).isTrue();
        assertThat(compatible(mapper.getTypeFactory().constructCollectionType(List.class, String.class), text))
                .isFalse();
        assertThat(properties(resolve("MessageDetails"))).containsKey("final_disposition").doesNotContainKey("nope");
        assertThat(jsonTypes(resolve("MessageDetectionDetails.findings[].score"))).containsExactly("number");
    }

    /** Identifiers are Strings in every model (package convention): an integer id reads as text. */
    private boolean identifier(String json, BeanPropertyDefinition property, JsonNode schema) {
        return (json.equals("id") || json.endsWith("_id")) && property.getRawPrimaryType() == String.class
               && jsonTypes(schema).equals(Set.of("integer"));
    }

    /** Model name to its schema reference, from the {@code model} lines of the declaration. */
    static Map<String, String> declaredSchemas() throws Exception {
        Map<String, String> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.list(DECLARATION)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Matcher m = MODEL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    schemas.put(m.group(1), m.group(2));
                }
            }
        }
        return schemas;
    }

    /**
     * A schema reference of a model declaration: a component schema without its {@code email-security_} prefix, or
     * {@code request:operationId} (its JSON body) or {@code response:operationId} (its 2xx JSON response); then
     * {@code .property} and {@code []} (the items of an array) steps.
     */
    JsonNode resolve(String reference) {
        Matcher head = Pattern.compile("^(?:(request|response):)?([\\w-]+)").matcher(reference);
        assertThat(head.find()).as(reference).isTrue();
        JsonNode node = head.group(1) != null ? body(head.group(1), head.group(2))
                : spec.path("components").path("schemas").path("email-security_" + head.group(2));
        Matcher step = STEP.matcher(reference.substring(head.end()));
        while (step.find()) {
            node = step.group(1) != null ? properties(node).get(step.group(1)) : deref(node).path("items");
            assertThat(node).as(reference + " at " + step.group()).isNotNull();
        }
        assertThat(node.isMissingNode()).as(reference + " is not in the OpenAPI document").isFalse();
        return deref(node);
    }

    private JsonNode body(String kind, String operationId) {
        for (JsonNode path : spec.path("paths")) {
            for (JsonNode operation : path) {
                if (operationId.equals(operation.path("operationId").asText())) {
                    if (kind.equals("request")) {
                        return operation.path("requestBody").path("content").path("application/json").path("schema");
                    }
                    Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
                    while (responses.hasNext()) {
                        Map.Entry<String, JsonNode> response = responses.next();
                        if (response.getKey().startsWith("2")) {
                            return response.getValue().path("content").path("application/json").path("schema");
                        }
                    }
                }
            }
        }
        throw new AssertionError("No operation " + operationId + " in the OpenAPI document");
    }

    private JsonNode deref(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            node = spec.at(ref.substring(1));
        }
        return node;
    }

    /** The properties of an object schema, with those of its allOf/anyOf/oneOf parts. */
    private Map<String, JsonNode> properties(JsonNode schema) {
        JsonNode node = deref(schema);
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combination).forEach(part -> properties.putAll(properties(part)));
        }
        node.path("properties").fields().forEachRemaining(e -> properties.put(e.getKey(), e.getValue()));
        return properties;
    }

    /** The JSON types a schema allows ({@code null} left out); empty when it does not say. */
    private Set<String> jsonTypes(JsonNode schema) {
        JsonNode node = deref(schema);
        Set<String> types = new TreeSet<>();
        if (node.path("type").isArray()) {
            node.path("type").forEach(t -> types.add(t.asText()));
        } else if (node.has("type")) {
            types.add(node.path("type").asText());
        } else if (node.has("properties")) {
            types.add("object");
        }
        for (String combination : List.of("allOf", "anyOf", "oneOf")) {
            node.path(combination).forEach(part -> types.addAll(jsonTypes(part)));
        }
        node.path("enum").forEach(value -> types.add(value.isTextual() ? "string" : value.isNumber() ? "number"
                : value.isBoolean() ? "boolean" : "null"));
        types.remove("null");
        return types;
    }

    private boolean compatible(JavaType java, JsonNode schema) {
        Set<String> allowed = jsonTypes(schema);
        Class<?> raw = java.getRawClass();
        if (allowed.isEmpty() || raw == Object.class) {
            return true;
        }
        if (java.isCollectionLikeType()) {
            return allowed.contains("array") && compatible(java.getContentType(), deref(schema).path("items"));
        }
        if (raw == String.class) {
            return allowed.contains("string");
        }
        if (raw == Boolean.class) {
            return allowed.contains("boolean");
        }
        if (raw == Integer.class || raw == Long.class) {
            return allowed.contains("integer");
        }
        if (raw == Double.class || raw == Float.class) {
            return allowed.contains("number") || allowed.contains("integer");
        }
        return allowed.contains("object");
    }
}
