package dev.emailsecurity.camel.format;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks an OCSF event against our own reading of the OCSF schema (src/test/resources/ocsf): every attribute known,
 * of its type and array-ness, required attributes present, enum ids allowed and their caption siblings matching.
 */
final class OcsfSchema {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}");

    private final JsonNode schema;

    private OcsfSchema(JsonNode schema) {
        this.schema = schema;
    }

    static OcsfSchema load(String resource) throws IOException {
        try (InputStream in = OcsfSchema.class.getResourceAsStream(resource)) {
            return new OcsfSchema(new ObjectMapper().readTree(in));
        }
    }

    String version() {
        return schema.get("version").asText();
    }

    /** The violations of one event; empty when it conforms. */
    List<String> violations(Map<String, Object> event) {
        List<String> out = new ArrayList<>();
        object(schema.get("event").asText(), new ObjectMapper().valueToTree(event), "", out);
        return out;
    }

    private void object(String objectName, JsonNode value, String path, List<String> out) {
        JsonNode def = schema.get("objects").get(objectName);
        if (def == null) {
            out.add(path + ": no definition of object " + objectName);
            return;
        }
        if (!value.isObject()) {
            out.add(path + ": expected object " + objectName + ", got " + value.getNodeType());
            return;
        }
        JsonNode attributes = def.get("attributes");
        for (Iterator<String> names = value.fieldNames(); names.hasNext();) {
            String name = names.next();
            JsonNode attribute = attributes.get(name);
            if (attribute == null) {
                out.add(path + name + ": not an attribute of " + objectName);
                continue;
            }
            attribute(attribute, value.get(name), path + name, out);
            if (attribute.has("sibling") && attribute.has("enum") && value.has(attribute.get("sibling").asText())) {
                caption(attribute, value.get(name), value.get(attribute.get("sibling").asText()), path + name, out);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> a = it.next();
            if ("required".equals(a.getValue().get("requirement").asText()) && !value.has(a.getKey())) {
                out.add(path + a.getKey() + ": required by " + objectName + " but missing");
            }
        }
        if (def.has("at_least_one")) {
            boolean any = false;
            for (JsonNode n : def.get("at_least_one")) {
                any |= value.has(n.asText());
            }
            if (!any) {
                out.add(path + ": " + objectName + " needs at least one of " + def.get("at_least_one"));
            }
        }
    }

    private void attribute(JsonNode attribute, JsonNode value, String path, List<String> out) {
        boolean array = attribute.path("is_array").asBoolean(false);
        if (array != value.isArray()) {
            out.add(path + ": " + (array ? "expected an array" : "did not expect an array"));
            return;
        }
        if (array) {
            int i = 0;
            for (JsonNode element : value) {
                single(attribute, element, path + "[" + i++ + "]", out);
            }
        } else {
            single(attribute, value, path, out);
        }
    }

    private void single(JsonNode attribute, JsonNode value, String path, List<String> out) {
        String type = attribute.get("type").asText();
        if ("object".equals(type)) {
            if (!value.isObject()) {
                out.add(path + ": expected a JSON object");
            }
            return;
        }
        JsonNode primitive = schema.get("types").get(type);
        if (primitive == null) {
            object(type, value, path + ".", out);
            return;
        }
        boolean ok = switch (primitive.asText()) {
            case "string" -> value.isTextual();
            case "email" -> value.isTextual() && EMAIL.matcher(value.asText()).matches();
            case "ip" -> value.isTextual() && (IPV4.matcher(value.asText()).matches() || value.asText().contains(":"));
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!ok) {
            out.add(path + ": " + value + " is not a " + type);
        }
        if (ok && attribute.has("enum") && !attribute.get("enum").has(value.asText())) {
            out.add(path + ": " + value + " is not one of the enum ids " + attribute.get("enum").fieldNames());
        }
    }

    private static void caption(JsonNode attribute, JsonNode ids, JsonNode captions, String path, List<String> out) {
        List<JsonNode> idList = new ArrayList<>();
        List<JsonNode> captionList = new ArrayList<>();
        (ids.isArray() ? ids : List.of(ids)).forEach(idList::add);
        (captions.isArray() ? captions : List.of(captions)).forEach(captionList::add);
        for (int i = 0; i < idList.size() && i < captionList.size(); i++) {
            JsonNode expected = attribute.get("enum").get(idList.get(i).asText());
            String id = idList.get(i).asText();
            // 99 Other (and 0 Unknown on activities) leave the source's own caption in the sibling
            if (expected != null && !"99".equals(id) && !expected.asText().equals(captionList.get(i).asText())) {
                out.add(path + ": caption '" + captionList.get(i).asText() + "' does not match " + id + " = "
                        + expected.asText());
            }
        }
    }
}
