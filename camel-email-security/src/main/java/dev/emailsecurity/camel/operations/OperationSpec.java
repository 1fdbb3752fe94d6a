package dev.emailsecurity.camel.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the operation table: everything the producer, the consumer, the docs and the tests need to know about
 * one API operation. Built with the small fluent methods below so that the table in {@link EmailSecurityOperation}
 * reads like the API reference.
 *
 * @param httpMethod      GET, POST, PUT, PATCH or DELETE
 * @param pathTemplate    path after {@code /accounts/{account_id}/email-security}, with {@code {name}} placeholders
 * @param apiOperationId  the OpenAPI {@code operationId} (or our name for the operations the spec lacks)
 * @param pathParameters  the placeholders of the path, in order
 * @param queryParameters the query parameters the operation accepts
 * @param body            the request body
 * @param result          what {@code result} decodes to
 * @param listStyle       how the list pages, {@link ListStyle#NONE} for single objects
 * @param effect          read, write, or an action on mail
 * @param actionKind      which action handler runs the operation, {@link ActionKind#NONE} for the generic call
 * @param values          the allowed values of parameters whose set differs per operation ({@code order},
 *                        {@code status}); the others use {@link ApiParameter#allowedValues()}
 * @param arrays          the query parameters that are arrays in this operation: a comma-separated option value
 *                        goes out as repeated keys ({@code domain=a&domain=b}, the spec's default form style)
 * @param valueLists      the filters the API takes one value of but users need several of: a comma-separated option
 *                        or header value makes one search per value (per combination, with several such filters),
 *                        merged by time and de-duplicated by id ({@code search.ValueLists})
 */
public record OperationSpec(
        String httpMethod,
        String pathTemplate,
        String apiOperationId,
        List<ApiParameter> pathParameters,
        List<ApiParameter> queryParameters,
        BodyType body,
        ResultType result,
        ListStyle listStyle,
        Effect effect,
        ActionKind actionKind,
        Map<ApiParameter, List<String>> values,
        Set<ApiParameter> arrays,
        Set<ApiParameter> valueLists) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    public static OperationSpec get(String path, String apiOperationId) {
        return of("GET", path, apiOperationId, Effect.READ);
    }

    public static OperationSpec post(String path, String apiOperationId) {
        return of("POST", path, apiOperationId, Effect.WRITE);
    }

    public static OperationSpec patch(String path, String apiOperationId) {
        return of("PATCH", path, apiOperationId, Effect.WRITE);
    }

    public static OperationSpec put(String path, String apiOperationId) {
        return of("PUT", path, apiOperationId, Effect.IDEMPOTENT_WRITE);
    }

    public static OperationSpec delete(String path, String apiOperationId) {
        return of("DELETE", path, apiOperationId, Effect.IDEMPOTENT_WRITE);
    }

    private static OperationSpec of(String method, String path, String apiOperationId, Effect effect) {
        return new OperationSpec(method, path, apiOperationId, placeholders(path), List.of(), BodyType.NONE,
                ResultType.map(), ListStyle.NONE, effect, ActionKind.NONE, Map.of(), Set.of(), Set.of());
    }

    private static List<ApiParameter> placeholders(String path) {
        List<ApiParameter> found = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(path);
        while (m.find()) {
            found.add(byApiName(m.group(1)));
        }
        return Collections.unmodifiableList(found);
    }

    private static ApiParameter byApiName(String apiName) {
        for (ApiParameter p : ApiParameter.values()) {
            if (p.apiName().equals(apiName)) {
                return p;
            }
        }
        throw new IllegalArgumentException("No ApiParameter for path placeholder " + apiName);
    }

    /** The query parameters this operation accepts. */
    public OperationSpec query(ApiParameter... parameters) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, List.of(parameters), body,
                result, listStyle, effect, actionKind, values, arrays, valueLists);
    }

    /** The request body. */
    public OperationSpec body(BodyType bodyType) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, bodyType,
                result, listStyle, effect, actionKind, values, arrays, valueLists);
    }

    /** A single result decoded as given. */
    public OperationSpec returns(ResultType resultType) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                resultType, listStyle, effect, actionKind, values, arrays, valueLists);
    }

    /** A single object result of the given model class. */
    public OperationSpec returns(Class<?> modelClass) {
        return returns(ResultType.object(modelClass));
    }

    /** A list result of the given item class, paged in the given style. */
    public OperationSpec returnsList(ListStyle style, Class<?> itemClass) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                ResultType.list(itemClass), style, effect, actionKind, values, arrays, valueLists);
    }

    /** Marks the operation as an action on mail, which is never blindly re-sent. */
    public OperationSpec actsOnMail() {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, Effect.MAIL_ACTION, actionKind, values, arrays, valueLists);
    }

    /** Marks the operation as an action on mail that the given handler of the action layer runs. */
    public OperationSpec actsOnMail(ActionKind kind) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, Effect.MAIL_ACTION, kind, values, arrays, valueLists);
    }

    /**
     * The values this operation allows for a query parameter whose set differs per operation (comma-separated, as
     * in {@link ParameterValues}); a value outside them fails when the route starts.
     */
    public OperationSpec values(ApiParameter parameter, String allowed) {
        Map<ApiParameter, List<String>> more = new LinkedHashMap<>(values);
        more.put(parameter, List.of(allowed.split(",")));
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, effect, actionKind, Map.copyOf(more), arrays, valueLists);
    }

    /** Query parameters that are arrays in this operation (sent as repeated keys). */
    public OperationSpec arrays(ApiParameter... parameters) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, effect, actionKind, values, Set.of(parameters), valueLists);
    }

    /** Filters that take several values, comma-separated: one search per value, results merged. */
    public OperationSpec oneSearchPerValue(ApiParameter... parameters) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, effect, actionKind, values, arrays, Set.of(parameters));
    }

    /** Whether this operation has its own set of allowed values for the parameter. */
    public boolean hasOwnValues(ApiParameter parameter) {
        return values.containsKey(parameter);
    }

    /** The values this operation allows for a parameter, empty when any value goes. */
    public List<String> allowedValues(ApiParameter parameter) {
        return values.getOrDefault(parameter, parameter.allowedValues());
    }

    /** All the parameters the operation reads from options or headers: path first, then query. */
    public List<ApiParameter> parameters() {
        List<ApiParameter> all = new ArrayList<>(pathParameters);
        all.addAll(queryParameters);
        return all;
    }
}
