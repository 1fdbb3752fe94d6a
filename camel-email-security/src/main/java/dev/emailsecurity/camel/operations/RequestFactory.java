package dev.emailsecurity.camel.operations;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.transport.ApiRequest;
import dev.emailsecurity.camel.transport.HttpTransport;

/**
 * Builds the {@link ApiRequest} for one call of an operation from its table row, the parameter values and the body.
 * Paging parameters ({@code page}, {@code per_page}, {@code cursor}) are left to the {@link Pager}.
 */
public final class RequestFactory {

    private RequestFactory() {
    }

    public static ApiRequest build(EmailSecurityOperation operation, ParameterSource parameters, Object body) {
        OperationSpec spec = operation.spec();
        byte[] encoded = RequestBodies.encode(operation, body, parameters);
        BodyRules.check(operation, encoded);
        if (spec.queryParameters().contains(ApiParameter.START)) {
            ApiParameter.checkWindow(parameters.get(ApiParameter.START), parameters.get(ApiParameter.END));
        }
        return new ApiRequest(operation.name(), spec.effect(), spec.httpMethod(), path(operation, parameters),
                query(operation, parameters), encoded);
    }

    private static String path(EmailSecurityOperation operation, ParameterSource parameters) {
        String path = operation.spec().pathTemplate();
        for (ApiParameter p : operation.spec().pathParameters()) {
            String value = QueryValues.formatOne(parameters.get(p));
            if (value == null && p == ApiParameter.INVESTIGATE_ID) {
                value = QueryValues.formatOne(parameters.get(ApiParameter.POSTFIX_ID));
            }
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("Operation " + operation + " needs " + p.optionName()
                                                   + ": set the option or the header " + p.headerName());
            }
            BodyRules.checkId(operation, p.optionName(), value.trim());
            path = path.replace("{" + p.apiName() + "}", HttpTransport.encodePathSegment(value.trim()));
        }
        return path;
    }

    private static List<Map.Entry<String, String>> query(EmailSecurityOperation operation, ParameterSource parameters) {
        OperationSpec spec = operation.spec();
        List<Map.Entry<String, String>> query = new ArrayList<>();
        for (ApiParameter p : spec.queryParameters()) {
            if (Pager.PAGING_PARAMETERS.contains(p)) {
                continue;
            }
            for (String value : QueryValues.format(parameters.get(p))) {
                if (spec.hasOwnValues(p)) {
                    p.check(value, spec.allowedValues(p), operation.name());
                }
                for (String one : spec.arrays().contains(p) ? value.split(",") : new String[] {value}) {
                    if (!one.isBlank()) {
                        query.add(new AbstractMap.SimpleImmutableEntry<>(p.apiName(), one.trim()));
                    }
                }
            }
        }
        return query;
    }
}
