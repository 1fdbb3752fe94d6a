package dev.emailsecurity.camel;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.OperationSpec;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operation table against the OpenAPI extract (and our addendum for the SDK-only operations): same operations,
 * methods, paths, path and query parameters; and every API parameter is an endpoint option with a documented header.
 */
class OperationTableTest extends CamelTestSupport {

    private static final String SPEC = "/dev/emailsecurity/emulator/openapi/email-security-openapi.json";
    private static final String ADDENDUM = "/dev/emailsecurity/emulator/openapi/email-security-openapi-addendum.json";
    private static final String PREFIX = "/accounts/{account_id}/email-security";

    /**
     * Spec parameters the table leaves out on purpose: search's {@code page} reached its end of life on 2026-11-01
     * and the cursor replaces it.
     */
    private static final Map<String, String> OMITTED = Map.of("email_security_investigate", "page");

    record SpecOperation(String method, String path, Set<String> pathParameters, Set<String> queryParameters) {
    }

    @Test
    void everySpecOperationIsOneRowWithTheSameMethodPathAndParameters() throws Exception {
        JsonNode main = json(SPEC);
        assertThat(read(main, main)).hasSize(63);
        assertThat(read(json(ADDENDUM), main)).hasSize(7);
        // what the emulator validates against: the extract, the addendum and the newest SDK's changes
        JsonNode current = JsonCodec.mapper().readTree(EmailSecurityEmulator.openApiDocument());
        Map<String, SpecOperation> spec = new java.util.TreeMap<>(read(current, current));

        Map<String, EmailSecurityOperation> rows = new java.util.TreeMap<>();
        for (EmailSecurityOperation op : EmailSecurityOperation.values()) {
            assertThat(rows.put(op.spec().apiOperationId(), op)).as("duplicate operationId").isNull();
        }
        assertThat(rows.keySet()).isEqualTo(spec.keySet());

        List<String> mismatches = new ArrayList<>();
        spec.forEach((id, expected) -> {
            OperationSpec row = rows.get(id).spec();
            SpecOperation actual = new SpecOperation(row.httpMethod(), row.pathTemplate(),
                    names(row.pathParameters()), names(row.queryParameters()));
            if (!actual.equals(expected)) {
                mismatches.add(rows.get(id) + ": table " + actual + " vs spec " + expected);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyApiParameterIsAnOptionAndADocumentedHeader() throws Exception {
        EmailSecurityComponent component = context.getComponent("email-security", EmailSecurityComponent.class);
        PropertyConfigurerGetter endpointOptions
                = (PropertyConfigurerGetter) component.getEndpointPropertyConfigurer();
        Set<String> headers = new TreeSet<>();
        for (java.lang.reflect.Field f : EmailSecurityConstants.class.getFields()) {
            if (f.isAnnotationPresent(org.apache.camel.spi.Metadata.class)) {
                headers.add((String) f.get(null));
            }
        }
        for (ApiParameter p : ApiParameter.values()) {
            assertThat(endpointOptions.getOptionType(p.optionName(), false)).as("option for %s", p).isNotNull();
            assertThat(headers).as("documented header for %s", p).contains(p.headerName());
        }
    }

    private static Set<String> names(List<ApiParameter> parameters) {
        return parameters.stream().map(ApiParameter::apiName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode json(String resource) throws Exception {
        try (InputStream in = OperationTableTest.class.getResourceAsStream(resource)) {
            return JsonCodec.mapper().readTree(in);
        }
    }

    /** The operations of a spec document; {@code $ref}s resolve against the main spec (the addendum reuses it). */
    private static Map<String, SpecOperation> read(JsonNode root, JsonNode refs) {
        Map<String, SpecOperation> operations = new java.util.HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<JsonNode> shared = parameters(refs, path.getValue().get("parameters"));
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (m.getKey().equals("parameters")) {
                    continue;
                }
                List<JsonNode> all = new ArrayList<>(shared);
                all.addAll(parameters(refs, m.getValue().get("parameters")));
                Set<String> pathParams = new TreeSet<>();
                Set<String> queryParams = new TreeSet<>();
                for (JsonNode p : all) {
                    String name = p.get("name").asText();
                    if ("path".equals(p.get("in").asText()) && !name.equals("account_id")) {
                        pathParams.add(name);
                    } else if ("query".equals(p.get("in").asText())
                               && !name.equals(OMITTED.get(m.getValue().get("operationId").asText()))) {
                        queryParams.add(name);
                    }
                }
                operations.put(m.getValue().get("operationId").asText(), new SpecOperation(
                        m.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey().substring(PREFIX.length()),
                        pathParams, queryParams));
            }
        }
        return operations;
    }

    private static List<JsonNode> parameters(JsonNode root, JsonNode list) {
        List<JsonNode> out = new ArrayList<>();
        if (list != null) {
            for (JsonNode p : list) {
                if (p.has("$ref")) {
                    String name = p.get("$ref").asText().substring("#/components/parameters/".length());
                    out.add(root.get("components").get("parameters").get(name));
                } else {
                    out.add(p);
                }
            }
        }
        return out;
    }
}
