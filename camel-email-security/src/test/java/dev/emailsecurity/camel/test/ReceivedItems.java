package dev.emailsecurity.camel.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.emailsecurity.camel.EmailSecurityConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/** Records what a consumer emits: each item's id, timestamp, change kind, version and body, in arrival order. */
public final class ReceivedItems implements Processor {

    /** One delivered item. */
    public record Received(String id, Instant timestamp, String change, String version, Object body) {
    }

    private final List<Received> received = new ArrayList<>();

    @Override
    public void process(Exchange exchange) {
        var in = exchange.getMessage();
        String ts = in.getHeader(EmailSecurityConstants.TIMESTAMP, String.class);
        synchronized (received) {
            received.add(new Received(in.getHeader(EmailSecurityConstants.ID, String.class),
                    ts == null ? null : Instant.parse(ts), in.getHeader(EmailSecurityConstants.CHANGE, String.class),
                    in.getHeader(EmailSecurityConstants.VERSION, String.class), in.getBody()));
        }
    }

    public List<Received> all() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public int size() {
        synchronized (received) {
            return received.size();
        }
    }

    public List<String> ids() {
        return all().stream().map(Received::id).toList();
    }

    public boolean containsAll(List<String> ids) {
        return new HashSet<>(ids()).containsAll(ids);
    }

    public List<Received> of(String id) {
        return all().stream().filter(r -> id.equals(r.id())).toList();
    }

    /** The ids delivered more than once. */
    public Set<String> duplicates() {
        Set<String> seen = new HashSet<>();
        Set<String> dups = new HashSet<>();
        for (String id : ids()) {
            if (!seen.add(id)) {
                dups.add(id);
            }
        }
        return dups;
    }
}
