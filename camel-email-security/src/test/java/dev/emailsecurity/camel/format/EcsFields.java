package dev.emailsecurity.camel.format;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an ECS document against {@code ecs_flat} of the npm package {@code @elastic/ecs}, which the build installs
 * (exec-maven-plugin, generate-test-resources) and exports to the file named by the system property
 * {@code ecs.flat}: every leaf a field ECS defines, of its type, arrays only where ECS expects them, allowed values
 * respected.
 */
final class EcsFields {

    private final JsonNode flat;
    private final String version;

    private EcsFields(JsonNode flat, String version) {
        this.flat = flat;
        this.version = version;
    }

    static EcsFields load() throws IOException {
        String file = System.getProperty("ecs.flat");
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            throw new IllegalStateException("ECS field list not found (system property ecs.flat = " + file + "); the "
                                            + "build installs @elastic/ecs with npm in generate-test-resources");
        }
        JsonNode root = new ObjectMapper().readTree(Path.of(file).toFile());
        return new EcsFields(root.get("flat"), root.get("version").asText());
    }

    String version() {
        return version;
    }

    int size() {
        return flat.size();
    }

    List<String> violations(Map<String, Object> document) {
        List<String> out = new ArrayList<>();
        walk("", new ObjectMapper().valueToTree(document), out);
        return out;
    }

    private void walk(String prefix, JsonNode node, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix + e.getKey();
            JsonNode def = flat.get(name);
            JsonNode value = e.getValue();
            if (def != null && "nested".equals(def.get("type").asText())) {
                if (!value.isArray()) {
                    out.add(name + ": nested field, expected an array of objects");
                    continue;
                }
                for (JsonNode element : value) {
                    if (element.isObject()) {
                        walk(name + ".", element, out);
                    } else {
                        out.add(name + ": nested field holds a " + element.getNodeType());
                    }
                }
            } else if (value.isObject() && (def == null || !isObjectType(def))) {
                walk(name + ".", value, out);
            } else if (def == null) {
                out.add(name + ": not an ECS " + version + " field");
            } else if (value.isArray()) {
                if (!def.path("normalize").toString().contains("array")) {
                    out.add(name + ": ECS does not expect an array here");
                }
                value.forEach(v -> leaf(name, def, v, out));
            } else {
                leaf(name, def, value, out);
            }
        }
    }

    private static boolean isObjectType(JsonNode def) {
        String type = def.get("type").asText();
        return "object".equals(type) || "flattened".equals(type);
    }

    private static void leaf(String name, JsonNode def, JsonNode value, List<String> out) {
        String type = def.get("type").asText();
        boolean ok = switch (type) {
            case "keyword", "wildcard", "constant_keyword", "text", "match_only_text" -> value.isTextual();
            case "long", "integer", "short", "byte", "unsigned_long" -> value.isIntegralNumber();
            case "float", "half_float", "scaled_float", "double" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "date" -> value.isTextual() && isDate(value.asText());
            case "ip" -> value.isTextual() && value.asText().matches("[0-9a-fA-F:.]+");
            case "object", "flattened" -> value.isObject();
            default -> false;
        };
        if (!ok) {
            out.add(name + ": " + value + " does not fit ECS type " + type);
        }
        if (def.has("allowed_values")) {
            boolean allowed = false;
            for (JsonNode a : def.get("allowed_values")) {
                allowed |= a.get("name").asText().equals(value.asText());
            }
            if (!allowed) {
                out.add(name + ": '" + value.asText() + "' is not an allowed value");
            }
        }
        if (def.has("expected_values") && !def.get("expected_values").toString().contains("\"" + value.asText() + "\"")) {
            out.add(name + ": '" + value.asText() + "' is not an expected value");
        }
    }

    private static boolean isDate(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
