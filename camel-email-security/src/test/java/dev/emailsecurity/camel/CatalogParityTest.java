package dev.emailsecurity.camel;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component JSON the build generates against the copy taken before issue #18 (parameters declared once): the same
 * component and endpoint options, headers, operations, enums, defaults, groups, labels and types. Only descriptions
 * and the index (order) of an entry may differ, and the class in a header's constantName: the headers of the API
 * parameters are declared in the generated ApiParameterHeaders, which EmailSecurityConstants extends, so
 * {@code EmailSecurityConstants.INVESTIGATE_ID} still compiles; the constant's name must stay the same. Options added
 * since by features of their own are named in {@link #ADDED_AFTER}.
 */
class CatalogParityTest {

    private static final String GENERATED = "/META-INF/dev/emailsecurity/camel/email-security.json";
    private static final String BEFORE = "/baseline/email-security-before-18.json";
    /** What may change: the prose, and the order the plugin lists entries in. */
    private static final Set<String> FREE = Set.of("description", "index");
    /** Endpoint options added after the baseline by features of their own (#20): new, not changed. */
    private static final Set<String> ADDED_AFTER = Set.of("streamList", "maxWindowItems");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void endpointOptionsAreTheSame() throws Exception {
        assertSame("properties");
    }

    @Test
    void componentOptionsAreTheSame() throws Exception {
        assertSame("componentProperties");
    }

    @Test
    void headersAreTheSame() throws Exception {
        assertSame("headers");
    }

    @Test
    void componentHeadIsTheSame() throws Exception {
        assertThat(withoutFree(read(GENERATED).get("component")))
                .isEqualTo(withoutFree(read(BEFORE).get("component")));
    }

    @Test
    void everyHeaderConstantIsReachableThroughEmailSecurityConstants() throws Exception {
        var headers = read(GENERATED).get("headers").fields();
        while (headers.hasNext()) {
            var header = headers.next();
            String constant = header.getValue().get("constantName").asText();
            String field = constant.substring(constant.indexOf('#') + 1);
            assertThat(EmailSecurityConstants.class.getField(field).get(null)).as(constant).isEqualTo(header.getKey());
        }
    }

    @Test
    void everyEntryHasADescription() throws Exception {
        JsonNode generated = read(GENERATED);
        for (String section : new String[] { "properties", "componentProperties", "headers" }) {
            generated.get(section).fields().forEachRemaining(e -> assertThat(e.getValue().path("description").asText())
                    .as(section + " " + e.getKey()).isNotBlank());
        }
    }

    private void assertSame(String section) throws Exception {
        Map<String, JsonNode> before = entries(read(BEFORE).get(section));
        Map<String, JsonNode> after = entries(read(GENERATED).get(section));
        if (!section.equals("headers")) {
            assertThat(before.keySet()).as("options added after the baseline").doesNotContainAnyElementsOf(ADDED_AFTER);
            assertThat(after.keySet()).as(section + " has the options added after the baseline")
                    .containsAll(ADDED_AFTER);
            after.keySet().removeAll(ADDED_AFTER);
        }
        assertThat(after.keySet()).as(section + " names").isEqualTo(before.keySet());
        before.forEach((name, entry) -> assertThat(after.get(name)).as(section + " " + name).isEqualTo(entry));
        assertThat(before).as("the baseline is not empty").hasSizeGreaterThan(50);
    }

    private Map<String, JsonNode> entries(JsonNode section) {
        Map<String, JsonNode> entries = new TreeMap<>();
        section.fields().forEachRemaining(e -> entries.put(e.getKey(), withoutFree(e.getValue())));
        return entries;
    }

    private static JsonNode withoutFree(JsonNode entry) {
        ObjectNode copy = entry.deepCopy();
        copy.remove(FREE);
        if (copy.has("constantName")) {
            String constant = copy.get("constantName").asText();
            copy.put("constantName", constant.substring(constant.indexOf('#') + 1));
        }
        return copy;
    }

    private JsonNode read(String resource) throws Exception {
        try (InputStream in = CatalogParityTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return mapper.readTree(in);
        }
    }
}
