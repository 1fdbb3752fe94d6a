package dev.emailsecurity.camel.docs;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.emailsecurity.camel.transport.Effect;
import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.OperationSpec;

/**
 * Renders the user guide's operation table from the operation table of the component: one row per operation with
 * its HTTP call, body, result, effect and a URI example (the required path parameters filled in).
 */
public final class OperationList {

    /** Example values for the path parameters, so that every example URI is one a route can use as it is. */
    private static final Map<ApiParameter, String> EXAMPLE_VALUES = Map.of(
            ApiParameter.INVESTIGATE_ID, "4Tx2bM9dfHZyTq1Nf",
            ApiParameter.JOB_ID, "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            ApiParameter.SENDING_DOMAIN_RESTRICTION_ID, "5a3c1f0e-1d2b-4c3a-9e8f-7a6b5c4d3e2f");

    private static final String DEFAULT_EXAMPLE_ID = "2401";

    private OperationList() {
    }

    /** The Markdown table. */
    public static String table() {
        StringBuilder md = new StringBuilder(Markdown.header(
                List.of("Operation", "API call", "Body", "Result", "Effect", "URI example")));
        for (EmailSecurityOperation operation : EmailSecurityOperation.values()) {
            OperationSpec spec = operation.spec();
            md.append(Markdown.row(List.of(
                    Markdown.code(operation.name()),
                    Markdown.code(spec.httpMethod() + " " + spec.pathTemplate()),
                    spec.body().hasBody() ? Markdown.cell(spec.body().describe()) : "",
                    result(spec),
                    spec.effect().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    Markdown.code(exampleUri(operation)))));
        }
        return md.toString();
    }

    /** A valid URI for the operation: its path parameters with example values. */
    public static String exampleUri(EmailSecurityOperation operation) {
        String query = operation.spec().pathParameters().stream()
                .map(p -> p.optionName() + "=" + EXAMPLE_VALUES.getOrDefault(p, DEFAULT_EXAMPLE_ID))
                .collect(Collectors.joining("&"));
        return "email-security:" + operation.name() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String result(OperationSpec spec) {
        String item = spec.result().itemClass().getSimpleName();
        return switch (spec.result().kind()) {
            case OBJECT -> item;
            case LIST -> "List<" + item + ">" + (spec.listStyle().isPaged() ? ", paged " + spec.listStyle().name()
                    .toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : "");
            case BATCH -> "BatchResult<" + item + ">";
            case PNG -> "PNG `byte[]`";
            case EML -> "EML `String`";
            case MAP -> "Map";
        };
    }
}
