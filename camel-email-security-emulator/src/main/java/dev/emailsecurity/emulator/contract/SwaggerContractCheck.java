package dev.emailsecurity.emulator.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link ContractCheck} on swagger-request-validator-core. Referenced only when validation is switched on, so the
 * library is loaded lazily. Two spec-inherited contradictions are ignored (see README): the reconstructed
 * single-result envelope allows only object/string results, while the spec's own DELETE /settings/domains
 * declares an array result.
 */
public final class SwaggerContractCheck implements ContractCheck {

    private final OpenApiInteractionValidator validator;

    private SwaggerContractCheck(String spec) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .withBasePathOverride("/client/v4")
                .withLevelResolver(LevelResolver.create()
                        // do not inject additionalProperties:false into every schema (breaks allOf envelopes);
                        // schemas that declare it themselves are still enforced
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                        .withLevel("validation.response.body.schema.readOnly", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    public static ContractCheck create() {
        return new SwaggerContractCheck(SpecDocument.get().text());
    }

    @Override
    public List<String> check(Exchange e) {
        SimpleRequest.Builder rb = new SimpleRequest.Builder(e.method(), e.path());
        e.query().forEach(rb::withQueryParam);
        e.headers().forEach(rb::withHeader);
        if (e.requestBody() != null && !e.requestBody().isEmpty()) {
            rb.withBody(e.requestBody());
        }
        List<String> out = new ArrayList<>();
        collect("request", validator.validateRequest(rb.build()), out);
        SimpleResponse.Builder sb = SimpleResponse.Builder.status(e.status());
        for (Map.Entry<String, String> h : e.responseHeaders().entrySet()) {
            sb.withHeader(h.getKey(), h.getValue());
        }
        if (e.responseBody() != null) {
            sb.withContentType("application/json").withBody(e.responseBody());
        }
        collect("response", validator.validateResponse(e.path(), Request.Method.valueOf(e.method()), sb.build()),
                out);
        return out;
    }

    private static String details(ValidationReport.Message m) {
        StringBuilder sb = new StringBuilder();
        for (String line : m.getAdditionalInfo()) {
            sb.append(" | ").append(line.replace('\n', ' '));
        }
        for (ValidationReport.Message nested : m.getNestedMessages()) {
            sb.append(" | ").append(nested.getMessage().replace('\n', ' ')).append(details(nested));
        }
        return sb.toString();
    }

    private static void collect(String side, ValidationReport report, List<String> out) {
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                out.add(side + ": " + m.getKey() + ": " + m.getMessage().replace('\n', ' ') + details(m));
            }
        }
    }
}
