package dev.emailsecurity.camel.logpush;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** What reached the routes (of one node or several): each alert with the side that delivered it. */
public final class Deliveries implements Processor {

    public record Delivery(String alertId, String source, long nanoTime, EmailSecurityAlert alert) {
    }

    private final List<Delivery> all = new ArrayList<>();

    @Override
    public void process(Exchange exchange) {
        var in = exchange.getMessage();
        Delivery d = new Delivery(in.getHeader(EmailSecurityLogpushConstants.ALERT_ID, String.class),
                in.getHeader(EmailSecurityLogpushConstants.SOURCE, String.class), System.nanoTime(),
                in.getBody(EmailSecurityAlert.class));
        synchronized (all) {
            all.add(d);
        }
    }

    public List<Delivery> all() {
        synchronized (all) {
            return List.copyOf(all);
        }
    }

    public Set<String> alertIds() {
        Set<String> ids = new HashSet<>();
        all().forEach(d -> ids.add(d.alertId()));
        return ids;
    }

    /** @return the alert ids delivered more than once */
    public Set<String> duplicates() {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        all().forEach(d -> {
            if (!seen.add(d.alertId())) {
                twice.add(d.alertId());
            }
        });
        return twice;
    }

    public Map<String, Integer> bySource() {
        Map<String, Integer> counts = new HashMap<>();
        all().forEach(d -> counts.merge(d.source(), 1, Integer::sum));
        return counts;
    }

    public int size() {
        return all().size();
    }
}
