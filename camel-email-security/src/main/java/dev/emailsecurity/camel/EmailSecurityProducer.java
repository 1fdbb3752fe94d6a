package dev.emailsecurity.camel;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import dev.emailsecurity.camel.actions.ActionCall;
import dev.emailsecurity.camel.actions.ActionHandler;
import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.NameSuggestions;
import dev.emailsecurity.camel.operations.OperationSpec;
import dev.emailsecurity.camel.operations.PageStream;
import dev.emailsecurity.camel.operations.Pager;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.operations.QueryValues;
import dev.emailsecurity.camel.operations.RequestFactory;
import dev.emailsecurity.camel.operations.StreamSpec;
import dev.emailsecurity.camel.search.MergedSearch;
import dev.emailsecurity.camel.search.ValueLists;
import dev.emailsecurity.camel.transport.ApiRequest;
import dev.emailsecurity.camel.transport.EmailSecurityClient;
import dev.emailsecurity.camel.transport.ResultType;
import dev.emailsecurity.camel.transport.ResponseDecoder.Decoded;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Invokes the operation of the endpoint (or of the {@code CamelEmailSecurityOperation} header) for each message.
 * There is no method per operation: the operation table says how to build the request, page the result and decode
 * it, and this class applies it. Operations whose row names an action kind (move, release, reclassify, bulk job
 * creation) go to the action layer ({@link ActionHandler}), which may complete the exchange asynchronously.
 */
public class EmailSecurityProducer extends DefaultAsyncProducer {

    private static final List<String> STREAM_UNKNOWN_HEADERS = List.of(EmailSecurityConstants.RESULT_COUNT,
            EmailSecurityConstants.PAGE_COUNT, EmailSecurityConstants.NEXT_CURSOR, EmailSecurityConstants.NEXT_PAGE);

    private final EmailSecurityEndpoint endpoint;
    private ScheduledExecutorService actionScheduler;
    private ActionHandler actions;

    public EmailSecurityProducer(EmailSecurityEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        actionScheduler = endpoint.getCamelContext().getExecutorServiceManager()
                .newScheduledThreadPool(this, "EmailSecurityActions", 1);
        actions = new ActionHandler(actionScheduler);
    }

    @Override
    protected void doStop() throws Exception {
        if (actions != null) {
            actions.stop();
        }
        if (actionScheduler != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdownNow(actionScheduler);
            actionScheduler = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            Message in = exchange.getMessage();
            EmailSecurityOperation operation = operation(in);
            if (ActionHandler.handles(operation)) {
                ParameterSource parameters = parameter -> parameter(in, parameter, operation.spec());
                return actions.process(exchange, new ActionCall(operation, in, parameters, endpoint.client(),
                        endpoint.getConfiguration()), callback);
            }
            invoke(exchange, operation);
        } catch (Exception e) {
            exchange.setException(e);
        }
        callback.done(true);
        return true;
    }

    private void invoke(Exchange exchange, EmailSecurityOperation operation) {
        Message in = exchange.getMessage();
        OperationSpec spec = operation.spec();
        ParameterSource parameters = parameter -> parameter(in, parameter, spec);
        List<ParameterSource> searches = ValueLists.searches(spec, parameters);
        StreamSpec streamSpec = spec.stream();
        Pager.Paging paging = paging(in, parameters);

        EmailSecurityClient client = endpoint.client();
        EmailSecurityClient.Call[] last = new EmailSecurityClient.Call[1];
        Function<ApiRequest, Decoded> call = r -> {
            last[0] = client.call(r, spec.result());
            return last[0].decoded();
        };
        boolean stream = spec.listStyle().isList() && endpoint.getConfiguration().isStreamList();
        PageStream pageStream = null;
        Pager.Result result;
        if (searches.size() > 1) {
            if (stream) {
                throw new IllegalArgumentException("streamList=true cannot stream the merged result of filters with"
                        + " several values (" + searches.size() + " searches of " + operation + "): give each filter"
                        + " one value, or set streamList=false");
            }
            result = MergedSearch.run(searches, paging, source -> Pager.fetch(spec,
                    RequestFactory.build(operation, source, in.getBody()), paging, call),
                    streamSpec.id().getter(), streamSpec.timestamp().getter());
        } else {
            ApiRequest request = RequestFactory.build(operation, parameters, in.getBody());
            pageStream = stream ? PageStream.open(spec, request, paging, call) : null;
            result = stream ? pageStream.firstPage() : Pager.fetch(spec, request, paging, call);
        }

        in.setBody(stream ? pageStream : result.body());
        in.setHeader(EmailSecurityConstants.HTTP_STATUS, last[0].status());
        setIfPresent(in, EmailSecurityConstants.RATE_LIMIT_REMAINING, last[0].rateLimitRemaining());
        if (!last[0].alreadyDone().isEmpty()) {
            in.setHeader(EmailSecurityConstants.ALREADY_APPLIED_IDS, last[0].alreadyDone());
        }
        if (stream) {
            // the count and the position are known only when the route has consumed the stream
            for (String unknown : STREAM_UNKNOWN_HEADERS) {
                in.removeHeader(unknown);
            }
            setIfPresent(in, EmailSecurityConstants.TOTAL_COUNT, result.totalCount());
        } else if (spec.listStyle().isList()) {
            in.setHeader(EmailSecurityConstants.RESULT_COUNT, result.itemCount());
            in.setHeader(EmailSecurityConstants.PAGE_COUNT, result.pages());
            setIfPresent(in, EmailSecurityConstants.TOTAL_COUNT, result.totalCount());
            setOrRemove(in, EmailSecurityConstants.NEXT_CURSOR, result.nextCursor());
            setOrRemove(in, EmailSecurityConstants.NEXT_PAGE, result.nextPage());
        }
        if (spec.result().kind() == ResultType.Kind.PNG) {
            in.setHeader(Exchange.CONTENT_TYPE, "image/png");
        } else if (spec.result().kind() == ResultType.Kind.EML) {
            in.setHeader(Exchange.CONTENT_TYPE, "message/rfc822");
        }
    }

    private EmailSecurityOperation operation(Message in) {
        Object header = in.getHeader(EmailSecurityConstants.OPERATION);
        if (header == null) {
            return endpoint.getOperation();
        }
        if (header instanceof EmailSecurityOperation op) {
            return op;
        }
        EmailSecurityOperation op = EmailSecurityOperation.find(header.toString().trim());
        if (op == null) {
            throw new IllegalArgumentException("Unknown operation '" + header + "' in header "
                                               + EmailSecurityConstants.OPERATION + "."
                                               + NameSuggestions.didYouMean(header.toString()));
        }
        return op;
    }

    /** The header wins over the endpoint option; header values are checked like options. */
    private Object parameter(Message in, ApiParameter parameter, OperationSpec spec) {
        Object header = in.getHeader(parameter.headerName());
        if (header == null) {
            return endpoint.optionValue(parameter);
        }
        QueryValues.format(header).forEach(v -> ValueLists.toCheck(spec, parameter, v).forEach(parameter::check));
        return header;
    }

    private Pager.Paging paging(Message in, ParameterSource parameters) {
        EmailSecurityConfiguration c = endpoint.getConfiguration();
        int pageSize = intValue(parameters.get(ApiParameter.PER_PAGE), c.getPageSize(), ApiParameter.PER_PAGE.headerName());
        if (pageSize < 1 || pageSize > EndpointValidation.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + EndpointValidation.MAX_PAGE_SIZE
                                               + ", was " + pageSize);
        }
        int maxResults = intValue(in.getHeader(EmailSecurityConstants.MAX_RESULTS), c.getMaxResults(),
                EmailSecurityConstants.MAX_RESULTS);
        Object page = parameters.get(ApiParameter.PAGE);
        Integer startPage = page == null ? null : intValue(page, 1, ApiParameter.PAGE.headerName());
        if (startPage != null && startPage < 1) {
            throw new IllegalArgumentException("page must be 1 or more, was " + startPage);
        }
        return new Pager.Paging(pageSize, maxResults, c.isAutoPaginate(), startPage,
                QueryValues.formatOne(parameters.get(ApiParameter.CURSOR)));
    }

    private static int intValue(Object value, int defaultValue, String name) {
        if (value == null) {
            return defaultValue;
        }
        try {
            if (value instanceof Number n) {
                return Math.toIntExact(n.longValue());
            }
            return Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("Expected a whole number in " + name + ", got '" + value + "'", e);
        }
    }

    private static void setIfPresent(Message in, String header, Object value) {
        if (value != null) {
            in.setHeader(header, value);
        }
    }

    private static void setOrRemove(Message in, String header, Object value) {
        if (value != null) {
            in.setHeader(header, value);
        } else {
            in.removeHeader(header);
        }
    }
}
