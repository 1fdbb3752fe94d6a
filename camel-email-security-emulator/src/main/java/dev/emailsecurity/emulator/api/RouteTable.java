package dev.emailsecurity.emulator.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Matches a method and path to a {@link Route}; literal segments win over {@code {params}}. */
public final class RouteTable {

    /** A matched route with its decoded path parameters. */
    public record Match(Route route, Map<String, String> params) {
    }

    private final List<Route> routes = new ArrayList<>();

    public void add(String operationId, String method, String template, Route.Handler handler) {
        routes.add(new Route(operationId, method, template, handler));
    }

    List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    /** Finds the route for a path relative to {@code /email-security}; 404 or 405 envelopes otherwise. */
    public Match match(String method, List<String> segments) {
        Match best = null;
        int bestLiterals = -1;
        boolean pathKnown = false;
        for (Route route : routes) {
            Map<String, String> params = bind(route.segments(), segments);
            if (params == null) {
                continue;
            }
            pathKnown = true;
            int literals = route.segments().length - params.size();
            if (route.method().equals(method) && literals > bestLiterals) {
                best = new Match(route, params);
                bestLiterals = literals;
            }
        }
        if (best != null) {
            return best;
        }
        if (pathKnown) {
            throw new ApiException(405, 10405, "Method " + method + " not allowed for this resource");
        }
        throw new ApiException(404, 7000, "No route for that URI");
    }

    /** Matches a route only by a literal-first rule, so {@code /investigate/bulk} never binds as an id. */
    private Map<String, String> bind(String[] template, List<String> segments) {
        if (template.length != segments.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{")) {
                params.put(t.substring(1, t.length() - 1), segments.get(i));
            } else if (!t.equals(segments.get(i))) {
                return null;
            }
        }
        return params;
    }
}
