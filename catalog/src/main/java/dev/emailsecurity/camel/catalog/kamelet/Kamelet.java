package dev.emailsecurity.camel.catalog.kamelet;

import com.fasterxml.jackson.databind.JsonNode;

import dev.emailsecurity.camel.catalog.Json;

/**
 * One Kamelet file: its file name, its text and its parsed tree.
 *
 * @param fileName the file's name, e.g. {@code cloudflare-email-security-action.kamelet.yaml}
 * @param text     the YAML text
 * @param tree     the parsed YAML
 */
public record Kamelet(String fileName, String text, JsonNode tree) {

    public static final String SUFFIX = ".kamelet.yaml";

    public static Kamelet parse(String fileName, String text) {
        return new Kamelet(fileName, text, Json.readYaml(text));
    }

    public String name() {
        return tree.path("metadata").path("name").asText("");
    }

    public String type() {
        return tree.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText("");
    }

    public JsonNode definition() {
        return tree.path("spec").path("definition");
    }

    public JsonNode template() {
        return tree.path("spec").path("template");
    }
}
