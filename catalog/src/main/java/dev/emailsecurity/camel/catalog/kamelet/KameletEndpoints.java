package dev.emailsecurity.camel.catalog.kamelet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** The endpoints a Kamelet's template (or any YAML DSL route) reads from and sends to, with their options. */
public final class KameletEndpoints {

    /**
     * One endpoint of a template.
     *
     * @param consumer   true for the {@code from} of the template
     * @param uri        the URI as written (scheme, path, maybe a query)
     * @param parameters the {@code parameters:} map of the YAML DSL (may be empty)
     */
    public record Endpoint(boolean consumer, String uri, Map<String, String> parameters) {

        public String scheme() {
            int colon = uri.indexOf(':');
            return colon < 0 ? uri : uri.substring(0, colon);
        }

        public String path() {
            int colon = uri.indexOf(':');
            int query = uri.indexOf('?');
            return uri.substring(colon + 1, query < 0 ? uri.length() : query);
        }

        /** The query options and the {@code parameters:} map together. */
        public Map<String, String> options() {
            Map<String, String> options = new LinkedHashMap<>();
            int query = uri.indexOf('?');
            if (query >= 0) {
                for (String pair : uri.substring(query + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    options.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
                }
            }
            options.putAll(parameters);
            return options;
        }
    }

    private KameletEndpoints() {
    }

    public static List<Endpoint> of(Kamelet kamelet) {
        return in(kamelet.template());
    }

    /** The endpoints of any YAML DSL tree (a routes file, a template). */
    public static List<Endpoint> in(JsonNode yamlDsl) {
        List<Endpoint> endpoints = new ArrayList<>();
        collect(yamlDsl, null, endpoints);
        return endpoints;
    }

    private static void collect(JsonNode node, String key, List<Endpoint> endpoints) {
        if (isEndpointKey(key)) {
            if (node.isTextual()) {
                endpoints.add(new Endpoint(false, node.asText(), Map.of()));
            } else if (node.has("uri")) {
                Map<String, String> parameters = new LinkedHashMap<>();
                node.path("parameters").properties().forEach(e -> parameters.put(e.getKey(), e.getValue().asText()));
                endpoints.add(new Endpoint("from".equals(key), node.get("uri").asText(), parameters));
            }
        }
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), e.getKey(), endpoints));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, null, endpoints));
        }
    }

    private static boolean isEndpointKey(String key) {
        return "from".equals(key) || "to".equals(key) || "toD".equals(key) || "wireTap".equals(key)
               || "enrich".equals(key) || "pollEnrich".equals(key);
    }
}
