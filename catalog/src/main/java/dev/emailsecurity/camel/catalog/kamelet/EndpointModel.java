package dev.emailsecurity.camel.catalog.kamelet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.emailsecurity.camel.catalog.ComponentJson;

/**
 * Our component's endpoint model (from its generated JSON): checks that an {@code email-security:} endpoint names a
 * known operation, only known options with allowed enum values, and is used the way the component allows (no
 * consumer while it is producer-only). Placeholders ({@code {{...}}}) are accepted for any value.
 */
public final class EndpointModel {

    private final JsonNode json;

    public EndpointModel(JsonNode componentJson) {
        this.json = componentJson;
    }

    public static EndpointModel ours() {
        return new EndpointModel(ComponentJson.tree());
    }

    /** The problems of one endpoint; empty when it is not ours or when it is valid. */
    public List<String> check(KameletEndpoints.Endpoint endpoint) {
        List<String> problems = new ArrayList<>();
        if (!ComponentJson.SCHEME.equals(endpoint.scheme())) {
            return problems;
        }
        JsonNode component = json.path("component");
        if (endpoint.consumer() && component.path("producerOnly").asBoolean(false)) {
            problems.add(endpoint.uri() + ": the component has no consumer");
        }
        if (!endpoint.consumer() && component.path("consumerOnly").asBoolean(false)) {
            problems.add(endpoint.uri() + ": the component has no producer");
        }
        JsonNode properties = json.path("properties");
        String path = endpoint.path();
        valueCheck("operation", path, properties.path("operation"), problems);
        for (Map.Entry<String, String> option : endpoint.options().entrySet()) {
            JsonNode model = properties.get(option.getKey());
            if (model == null || "path".equals(model.path("kind").asText())) {
                problems.add(endpoint.uri() + ": unknown option \"" + option.getKey() + "\"");
            } else {
                valueCheck(option.getKey(), option.getValue(), model, problems);
                labelCheck(endpoint, option.getKey(), model, problems);
            }
        }
        return problems;
    }

    /**
     * The problems of one value for an option, as a Kamelet property would pass it (an enum entry or a default):
     * empty when the component accepts it.
     */
    public List<String> checkValue(String option, String value) {
        List<String> problems = new ArrayList<>();
        JsonNode model = json.path("properties").get(option);
        if (model != null) {
            valueCheck(option, value, model, problems);
        }
        return problems;
    }

    private static void valueCheck(String name, String value, JsonNode model, List<String> problems) {
        if (value.contains("{{")) {
            return;
        }
        Set<String> allowed = new HashSet<>();
        model.path("enum").forEach(e -> allowed.add(e.asText()));
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            problems.add(name + "=" + value + " is not one of " + allowed);
        }
        if ("boolean".equals(model.path("type").asText()) && !"true".equals(value) && !"false".equals(value)) {
            problems.add(name + "=" + value + " is not a boolean");
        }
    }

    /** Whether the option is for one side only: its group starts with it or its labels name it (as Camel's catalog reads them). */
    private static boolean isFor(String side, JsonNode model) {
        return model.path("group").asText("").startsWith(side)
               || List.of(model.path("label").asText("").split(",")).contains(side);
    }

    private static void labelCheck(KameletEndpoints.Endpoint endpoint, String name, JsonNode model,
                                   List<String> problems) {
        if (endpoint.consumer() && isFor("producer", model)) {
            problems.add(endpoint.uri() + ": producer option \"" + name + "\" on a consumer");
        }
        if (!endpoint.consumer() && isFor("consumer", model)) {
            problems.add(endpoint.uri() + ": consumer option \"" + name + "\" on a producer");
        }
    }
}
