package dev.emailsecurity.camel.actions;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.model.BulkActionRequest;
import dev.emailsecurity.camel.model.BulkSearchParams;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.Pager;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.operations.QueryValues;
import dev.emailsecurity.camel.operations.RequestFactory;
import dev.emailsecurity.camel.transport.EmailSecurityClient;
import dev.emailsecurity.camel.json.JsonCodec;

/**
 * The request of createBulkJob, and the search that shows which messages it would act on. With no body, the request
 * is built from the endpoint: {@code actionType} (MOVE or RELEASE), {@code destination}, {@code expectedDisposition},
 * and the searchMessages filters ({@code start}, {@code end}, {@code finalDisposition}, ...) as search parameters.
 */
final class BulkJobRequests {

    private static final List<ApiParameter> SEARCH_FILTERS = List.of(ApiParameter.START, ApiParameter.END,
            ApiParameter.QUERY, ApiParameter.DETECTIONS_ONLY, ApiParameter.FINAL_DISPOSITION, ApiParameter.METRIC,
            ApiParameter.MESSAGE_ACTION, ApiParameter.RECIPIENT, ApiParameter.SENDER, ApiParameter.ALERT_ID,
            ApiParameter.DOMAIN, ApiParameter.MESSAGE_ID, ApiParameter.SUBJECT, ApiParameter.DELIVERY_STATUS,
            ApiParameter.SMTP_HELO_IP);

    private BulkJobRequests() {
    }

    /** The request body: the message body if there is one, else one built from the options. */
    static Object body(Object body, ParameterSource parameters, ActionSettings settings) {
        if (body instanceof BulkActionRequest r) {
            if (r.getDestination() == null && "MOVE".equals(r.getAction())) {
                r.setDestination(settings.destination());
            }
            if (r.getExpectedDisposition() == null) {
                r.setExpectedDisposition(settings.expectedDisposition());
            }
            return r;
        }
        if (body != null) {
            return body;
        }
        String action = QueryValues.formatOne(parameters.get(ApiParameter.ACTION_TYPE));
        if (action == null) {
            throw new IllegalArgumentException("createBulkJob needs a BulkActionRequest body, or the actionType option "
                                               + "(MOVE or RELEASE) and search filters");
        }
        BulkSearchParams search = JsonCodec.mapper().convertValue(searchFilters(parameters), BulkSearchParams.class);
        BulkActionRequest request = "MOVE".equals(action) ? BulkActionRequest.move(settings.destination(), search)
                : BulkActionRequest.release(search);
        request.setExpectedDisposition(settings.expectedDisposition());
        return request;
    }

    private static Map<String, Object> searchFilters(ParameterSource parameters) {
        Map<String, Object> filters = new java.util.LinkedHashMap<>();
        for (ApiParameter p : SEARCH_FILTERS) {
            Object value = parameters.get(p);
            if (value != null) {
                filters.put(p.apiName(), value instanceof Boolean ? value : QueryValues.formatOne(value));
            }
        }
        return filters;
    }

    /**
     * The messages the job's search parameters match now (read-only calls), at most {@code limit} (0: all).
     */
    @SuppressWarnings("unchecked")
    static List<MessageDetails> matching(EmailSecurityClient client, Object body, int limit) {
        JsonNode request = JsonCodec.mapper().valueToTree(body instanceof String s ? readTree(s) : body);
        JsonNode search = request.path("search_params");
        ParameterSource filters = p -> search.hasNonNull(p.apiName()) ? search.get(p.apiName()).asText() : null;
        EmailSecurityOperation op = EmailSecurityOperation.searchMessages;
        Pager.Result result = Pager.fetch(op.spec(), RequestFactory.build(op, filters, null),
                new Pager.Paging(1000, limit, true, null, null), r -> client.call(r, op.spec().result()).decoded());
        return (List<MessageDetails>) result.body();
    }

    private static JsonNode readTree(String json) {
        try {
            return JsonCodec.mapper().readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("createBulkJob: the body is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
