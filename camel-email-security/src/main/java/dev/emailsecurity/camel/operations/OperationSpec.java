package dev.emailsecurity.camel.operations;

import dev.emailsecurity.camel.transport.ResultType;
import dev.emailsecurity.camel.transport.Effect;
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
 * @param recheck         for an action on mail, how the action log shows that it happened (so that a call whose
 *                        answer was lost is re-checked, not re-sent blindly); null when it cannot be re-checked
 * @param stream          how a consumer follows the list, or null when it cannot be consumed
 * @param values          the allowed values of parameters whose set differs per operation ({@code order},
 *                        {@code status}); the others use {@link ApiParameter#allowedValues()}
 * @param arrays          the query parameters that are arrays in this operation: a comma-separated option value
 *                        goes out as repeated keys ({@code domain=a&domain=b}, the spec's default form style)
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
        ActionLogCheck recheck,
        StreamSpec stream,
        Map<ApiParameter, List<String>> values,
        Set<ApiParameter> arrays) {

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
                ResultType.map(), ListStyle.NONE, effect, ActionKind.NONE, null, null, Map.of(), Set.of());
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
                result, listStyle, effect, actionKind, recheck, stream, values, arrays);
    }

    /** The request body. */
    public OperationSpec body(BodyType bodyType) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, bodyType,
                result, listStyle, effect, actionKind, recheck, stream, values, arrays);
    }

    /** A single result decoded as given. */
    public OperationSpec returns(ResultType resultType) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                resultType, listStyle, effect, actionKind, recheck, stream, values, arrays);
    }

    /** A single object result of the given model class. */
    public OperationSpec returns(Class<?> modelClass) {
        return returns(ResultType.object(modelClass));
    }

    /** A list result of the given item class, paged in the given style. */
    public OperationSpec returnsList(ListStyle style, Class<?> itemClass) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                ResultType.list(itemClass), style, effect, actionKind, recheck, stream, values, arrays);
    }

    /** Marks the operation as an action on mail, which is never blindly re-sent. */
    public OperationSpec actsOnMail() {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, Effect.MAIL_ACTION, actionKind, recheck, stream, values, arrays);
    }

    /** Marks the operation as an action on mail that the given handler of the action layer runs. */
    public OperationSpec actsOnMail(ActionKind kind) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, Effect.MAIL_ACTION, kind, recheck, stream, values, arrays);
    }

    /** How the action log shows that this action on mail happened; see {@link ActionLogCheck}. */
    public OperationSpec rechecked(ActionLogCheck check) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, effect, actionKind, check, stream, values, arrays);
    }

    /** How a consumer follows this list operation; see {@link StreamSpec}. */
    public OperationSpec streamed(StreamSpec how) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, effect, actionKind, recheck, how, values, arrays);
    }

    /**
     * The values this operation allows for a query parameter whose set differs per operation (comma-separated, as
     * in {@link ParameterValues}); a value outside them fails when the route starts.
     */
    public OperationSpec values(ApiParameter parameter, String allowed) {
        Map<ApiParameter, List<String>> more = new LinkedHashMap<>(values);
        more.put(parameter, List.of(allowed.split(",")));
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, effect, actionKind, recheck, stream, Map.copyOf(more), arrays);
    }

    /** Query parameters that are arrays in this operation (sent as repeated keys). */
    public OperationSpec arrays(ApiParameter... parameters) {
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, queryParameters, body,
                result, listStyle, effect, actionKind, recheck, stream, values, Set.of(parameters));
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
