package dev.emailsecurity.camel.console;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.consumer.ConsumerStats;
import dev.emailsecurity.camel.consumer.EmailSecurityConsumer;
import org.apache.camel.Route;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * Each email-security consumer: its watermark, lag, items emitted, repeats suppressed, polls skipped and the rate
 * budget left. It shows no option values, so no credential can appear.
 */
@DevConsole(name = "email-security", displayName = "Email Security",
            description = "Email Security consumers: watermark, lag, items emitted and rate budget")
public class EmailSecurityDevConsole extends AbstractDevConsole {

    public EmailSecurityDevConsole() {
        super("camel", "email-security", "Email Security",
              "Email Security consumers: watermark, lag, items emitted and rate budget");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Object> c : consumers()) {
            sb.append(String.format("Route %s (%s)%n", c.get("routeId"), c.get("operation")));
            c.forEach((k, v) -> {
                if (!"routeId".equals(k) && !"operation".equals(k)) {
                    sb.append(String.format("    %s: %s%n", k, v));
                }
            });
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        JsonArray list = new JsonArray();
        for (Map<String, Object> c : consumers()) {
            list.add(new JsonObject(c));
        }
        root.put("consumers", list);
        return root;
    }

    private List<Map<String, Object>> consumers() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof EmailSecurityConsumer consumer) {
                out.add(figures(route.getRouteId(), consumer));
            }
        }
        return out;
    }

    private static Map<String, Object> figures(String routeId, EmailSecurityConsumer consumer) {
        ConsumerStats stats = consumer.stats();
        Instant watermark = consumer.watermark();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("routeId", routeId);
        m.put("operation", consumer.getEndpoint().getOperation().name());
        m.put("watermark", watermark == null ? null : watermark.toString());
        m.put("lagMillis", watermark == null ? null : Duration.between(watermark, Instant.now()).toMillis());
        m.put("emitted", stats.emitted());
        m.put("changesEmitted", stats.changesEmitted());
        m.put("repeatsSuppressed", stats.repeatsSuppressed());
        m.put("skippedPolls", stats.skippedPolls());
        m.put("failedItemsSkipped", stats.failedItemsSkipped());
        m.put("apiCalls", consumer.apiCalls());
        m.put("rateLimitRemaining", consumer.rateLimitRemaining() < 0 ? null : consumer.rateLimitRemaining());
        Instant until = stats.rateLimitedUntil();
        m.put("rateLimitedUntil", until == null ? null : until.toString());
        m.put("authFailure", stats.authFailure());
        return m;
    }
}
