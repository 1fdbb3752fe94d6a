package dev.emailsecurity.camel.format;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.json.JsonCodec;

/**
 * Records which fields of the model (dotted JSON paths, e.g. {@code validation.spf}, {@code detections.links.href})
 * a mapper wrote into a standard field of the target format, so the tests can print the share.
 */
final class Coverage {

    static final String DETECTIONS = "detections.";

    /** Records nothing: what the transformers use, since only the tests read the paths. */
    static final Coverage NONE = new Coverage(false);

    private final Set<String> standard = new TreeSet<>();
    private final boolean recording;

    /** A coverage that records the paths. */
    Coverage() {
        this(true);
    }

    private Coverage(boolean recording) {
        this.recording = recording;
    }

    /** Returns the value, noting the path when the value is present. */
    <T> T take(String path, T value) {
        if (recording && value != null && !(value instanceof String s && s.isBlank())
            && !(value instanceof Collection<?> c && c.isEmpty())) {
            standard.add(path);
        }
        return value;
    }

    Set<String> standardPaths() {
        return standard;
    }

    /** The model's fields that hold a value (dotted paths, arrays flattened), detections under "detections.". */
    static Set<String> presentPaths(SecurityItem item) {
        Set<String> out = new TreeSet<>();
        collect("", JsonCodec.mapper().valueToTree(item.model()), out);
        if (item.detections() != null) {
            collect(DETECTIONS, JsonCodec.mapper().valueToTree(item.detections()), out);
        }
        return out;
    }

    /** The top-level fields of the model with a value no standard field took: the content of OCSF unmapped. */
    Map<String, Object> notTaken(SecurityItem item) {
        Obj out = new Obj();
        JsonNode tree = JsonCodec.mapper().valueToTree(item.model());
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            Set<String> paths = new TreeSet<>();
            collect(field.getKey() + ".", field.getValue(), paths);
            if (!paths.isEmpty() && !standard.containsAll(paths.stream().map(Coverage::trimDot).toList())) {
                out.put(field.getKey(), JsonCodec.mapper().convertValue(field.getValue(), Object.class));
            }
        }
        return out.map();
    }

    private static String trimDot(String path) {
        return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }

    private static void collect(String prefix, JsonNode node, Set<String> out) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isTextual() && node.asText().isBlank()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(prefix + e.getKey() + ".", e.getValue(), out));
        } else if (node.isArray()) {
            node.forEach(element -> collect(prefix, element, out));
        } else {
            out.add(trimDot(prefix));
        }
    }
}
