package dev.emailsecurity.camel.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.emailsecurity.camel.transport.Effect;
import dev.emailsecurity.camel.transport.ResultType;

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
        ActionLogCheck recheck,
        StreamSpec stream,
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
                ResultType.map(), ListStyle.NONE, effect, ActionKind.NONE, null, null, Map.of(), Set.of(), Set.of());
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
        return with(d -> d.queryParameters = List.of(parameters));
    }

    /** The request body. */
    public OperationSpec body(BodyType bodyType) {
        return with(d -> d.body = bodyType);
    }

    /** A single result decoded as given. */
    public OperationSpec returns(ResultType resultType) {
        return with(d -> d.result = resultType);
    }

    /** A single object result of the given model class. */
    public OperationSpec returns(Class<?> modelClass) {
        return returns(ResultType.object(modelClass));
    }

    /** A list result of the given item class, paged in the given style. */
    public OperationSpec returnsList(ListStyle style, Class<?> itemClass) {
        return with(d -> {
            d.result = ResultType.list(itemClass);
            d.listStyle = style;
        });
    }

    /** Marks the operation as an action on mail, which is never blindly re-sent. */
    public OperationSpec actsOnMail() {
        return with(d -> d.effect = Effect.MAIL_ACTION);
    }

    /** Marks the operation as an action on mail that the given handler of the action layer runs. */
    public OperationSpec actsOnMail(ActionKind kind) {
        return with(d -> {
            d.effect = Effect.MAIL_ACTION;
            d.actionKind = kind;
        });
    }

    /** How the action log shows that this action on mail happened; see {@link ActionLogCheck}. */
    public OperationSpec rechecked(ActionLogCheck check) {
        return with(d -> d.recheck = check);
    }

    /** How a consumer follows this list operation; see {@link StreamSpec}. */
    public OperationSpec streamed(StreamSpec how) {
        return with(d -> d.stream = how);
    }

    /**
     * The values this operation allows for a query parameter whose set differs per operation (comma-separated, as
     * in {@link ParameterValues}); a value outside them fails when the route starts.
     */
    public OperationSpec values(ApiParameter parameter, String allowed) {
        Map<ApiParameter, List<String>> more = new LinkedHashMap<>(values);
        more.put(parameter, List.of(allowed.split(",")));
        return with(d -> d.values = Map.copyOf(more));
    }

    /** Query parameters that are arrays in this operation (sent as repeated keys). */
    public OperationSpec arrays(ApiParameter... parameters) {
        return with(d -> d.arrays = Set.of(parameters));
    }

    /** Filters that take several values, comma-separated: one search per value, results merged. */
    public OperationSpec oneSearchPerValue(ApiParameter... parameters) {
        return with(d -> d.valueLists = Set.of(parameters));
    }

    /** This row with some facts changed: the fluent methods above build the table with it. */
    private OperationSpec with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new OperationSpec(httpMethod, pathTemplate, apiOperationId, pathParameters, d.queryParameters, d.body,
                d.result, d.listStyle, d.effect, d.actionKind, d.recheck, d.stream, d.values, d.arrays,
                d.valueLists);
    }

    /** The facts the fluent methods set, copied from a row. */
    private static final class Draft {
        private List<ApiParameter> queryParameters;
        private BodyType body;
        private ResultType result;
        private ListStyle listStyle;
        private Effect effect;
        private ActionKind actionKind;
        private ActionLogCheck recheck;
        private StreamSpec stream;
        private Map<ApiParameter, List<String>> values;
        private Set<ApiParameter> arrays;
        private Set<ApiParameter> valueLists;

        private Draft(OperationSpec row) {
            queryParameters = row.queryParameters;
            body = row.body;
            result = row.result;
            listStyle = row.listStyle;
            effect = row.effect;
            actionKind = row.actionKind;
            recheck = row.recheck;
            stream = row.stream;
            values = row.values;
            arrays = row.arrays;
            valueLists = row.valueLists;
        }
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
