package dev.emailsecurity.emulator.http;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Outcome;
import dev.emailsecurity.emulator.api.Reply;
import dev.emailsecurity.emulator.api.RouteTable;
import dev.emailsecurity.emulator.contract.ContractCheck;
import dev.emailsecurity.emulator.contract.RequestRules;
import dev.emailsecurity.emulator.contract.SpecDocument;
import dev.emailsecurity.emulator.faults.FaultPlan;
import dev.emailsecurity.emulator.faults.FaultResponses;
import dev.emailsecurity.emulator.faults.FaultRule;
import dev.emailsecurity.emulator.store.Backend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request pipeline: route, faults, authentication and scope, rate limit, account check, request rules,
 * dispatch under the backend lock, contract check, recording, and the response with rate-limit headers.
 */
public final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    public static final String PREFIX = "/client/v4";

    private final Backend backend;
    private final RouteTable routes;
    private final AuthGuard auth = new AuthGuard();
    private final RateLimiter rateLimiter;
    private final FaultPlan faults;
    private final ExchangeLog recorder;
    private final Supplier<ContractCheck> contract;
    private final Supplier<String> baseUrl;
    private final String accountId;
    private volatile RequestRules rules;

    public ApiHandler(Backend backend, RouteTable routes, RateLimiter rateLimiter, FaultPlan faults, ExchangeLog recorder,
            Supplier<ContractCheck> contract, Supplier<String> baseUrl, String accountId) {
        this.backend = backend;
        this.routes = routes;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.recorder = recorder;
        this.contract = contract;
        this.baseUrl = baseUrl;
        this.accountId = accountId;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            serve(exchange);
        } catch (RuntimeException e) {
            LOG.warn("emulator failed to serve {}", exchange.getRequestURI(), e);
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase();
        String path = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Map<String, List<String>> query = parseQuery(rawQuery);
        Map<String, List<String>> headers = new LinkedHashMap<>(exchange.getRequestHeaders());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String requestBody = body.isEmpty() ? null : body;

        String operationId = "unknown";
        RouteTable.Match match = null;
        ApiException routeError = null;
        try {
            match = routes.match(method, relativeSegments(path));
            operationId = match.route().operationId();
        } catch (ApiException e) {
            routeError = e;
        }

        FaultRule fault = faults.take(operationId);
        RateLimiter.Decision limit = null;
        Outcome outcome;
        boolean served = fault == null || fault.kind == FaultRule.Kind.DELAY || fault.kind == FaultRule.Kind.LOSE_RESPONSE
                || fault.kind == FaultRule.Kind.ANSWER_LATE;
        boolean validate = served && (fault == null || fault.kind != FaultRule.Kind.LOSE_RESPONSE);
        if (!served) {
            outcome = FaultResponses.render(fault);
        } else {
            if (fault != null && fault.kind == FaultRule.Kind.DELAY) {
                pause(fault);
            }
            limit = rateLimiter.acquire(AuthGuard.bucketOf(headers));
            outcome = process(method, path, query, headers, requestBody, match, routeError, limit);
        }
        if (outcome == null) {
            recorder.record(operationId, method, path, rawQuery, query, requestBody, headers, 0, null);
            return;
        }
        if (validate && match != null) {
            List<String> problems = contract.get().check(new ContractCheck.Exchange(method, path, query, headers,
                    requestBody, outcome.status(), outcome.headers(), outcome.body()));
            recorder.violations(operationId, method, path, problems);
        }
        boolean lost = fault != null && fault.kind == FaultRule.Kind.LOSE_RESPONSE;
        recorder.record(operationId, method, path, rawQuery, query, requestBody, headers, lost ? 0 : outcome.status(),
                outcome.body());
        if (fault != null && fault.kind == FaultRule.Kind.ANSWER_LATE) {
            pause(fault);
        }
        if (!lost) {
            send(exchange, outcome, limit);
        }
    }

    private Outcome process(String method, String path, Map<String, List<String>> query,
            Map<String, List<String>> headers, String body, RouteTable.Match match, ApiException routeError,
            RateLimiter.Decision limit) {
        try {
            AuthGuard.Principal principal = auth.authenticate(headers);
            if (!limit.allowed()) {
                Map<String, String> h = new LinkedHashMap<>();
                h.put("Retry-After", String.valueOf(limit.resetSeconds()));
                return error(new ApiException(429, 10429,
                        "Rate limited: the request budget of this credential is spent; retry after "
                                + limit.resetSeconds() + " s"), h);
            }
            if (!accountId.equals(accountOf(path))) {
                throw new ApiException(403, 9109, "Unauthorized to access requested resource: account "
                        + accountOf(path));
            }
            if (routeError != null) {
                throw routeError;
            }
            auth.checkScope(principal, match.route());
            ApiRequest request = new ApiRequest(method, match.params(), query, body, baseUrl.get() + path
                    .substring(PREFIX.length()));
            rules().check(match.route().operationId(), request);
            Reply reply;
            synchronized (backend) {
                backend.advance();
                reply = match.route().handler().handle(request);
            }
            return new Outcome(reply.status(), reply.body(), new LinkedHashMap<>(reply.headers()));
        } catch (ApiException e) {
            return error(e, new LinkedHashMap<>());
        } catch (RuntimeException e) {
            LOG.warn("emulator handler failed", e);
            return error(new ApiException(500, 10001, "Internal emulator error: " + e), new LinkedHashMap<>());
        }
    }

    private RequestRules rules() {
        RequestRules r = rules;
        if (r == null) {
            r = new RequestRules(SpecDocument.get());
            rules = r;
        }
        return r;
    }

    private static Outcome error(ApiException e, Map<String, String> headers) {
        return new Outcome(e.status(), Reply.errorBody(e), headers);
    }

    private static void send(HttpExchange exchange, Outcome outcome, RateLimiter.Decision limit) throws IOException {
        var h = exchange.getResponseHeaders();
        outcome.headers().forEach(h::set);
        if (!h.containsKey("Content-Type") && outcome.body() != null) {
            h.set("Content-Type", "application/json");
        }
        if (limit != null) {
            h.set("Ratelimit", limit.ratelimitHeader());
            h.set("Ratelimit-Policy", limit.policyHeader());
        }
        if (outcome.body() == null) {
            exchange.sendResponseHeaders(outcome.status(), -1);
            return;
        }
        byte[] bytes = outcome.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(outcome.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void pause(FaultRule fault) {
        try {
            Thread.sleep(fault.duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Segments after {@code /client/v4/accounts/{id}/email-security}; 404 for anything else. */
    static List<String> relativeSegments(String rawPath) {
        if (!rawPath.startsWith(PREFIX + "/accounts/")) {
            throw new ApiException(404, 7000, "No route for that URI");
        }
        List<String> segments = new ArrayList<>(Arrays.asList(rawPath.substring(PREFIX.length() + 1).split("/")));
        if (segments.size() < 4 || !"email-security".equals(segments.get(2))) {
            throw new ApiException(404, 7000, "No route for that URI");
        }
        List<String> rest = new ArrayList<>();
        for (String s : segments.subList(3, segments.size())) {
            rest.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return rest;
    }

    private static String accountOf(String rawPath) {
        String[] parts = rawPath.substring(PREFIX.length() + 1).split("/");
        return parts.length > 1 ? parts[1] : "";
    }

    static Map<String, List<String>> parseQuery(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }
}
