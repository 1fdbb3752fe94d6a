package dev.emailsecurity.camel.logpush;

import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Delivers an alert to the route at most once across both sides and all nodes: claims it in the {@link AlertLedger},
 * runs the exchange, then records it done, or releases the claim when the exchange failed so it comes again.
 */
final class AlertDelivery {

    /** What became of one alert. */
    enum Outcome {
        DELIVERED, DUPLICATE, IN_FLIGHT, FAILED
    }

    private final AlertLedger ledger;
    private final Processor route;
    private final Enrichment enrichment;
    final AtomicLong pushed = new AtomicLong();
    final AtomicLong polled = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    /** Makes every claim's owner unique: a batch sent again while the first copy is still running is another owner. */
    private final AtomicLong claims = new AtomicLong();

    AlertDelivery(AlertLedger ledger, Processor route, Enrichment enrichment) {
        this.ledger = ledger;
        this.route = route;
        this.enrichment = enrichment;
    }

    /**
     * @param side   the claimer: side and node
     * @param source push or poll (the header's value)
     */
    Outcome deliver(Exchange exchange, EmailSecurityAlert alert, String side, String source) {
        String owner = side + "#" + claims.incrementAndGet();
        AlertLedger.Claim claim = ledger.claim(alert.getAlertId(), owner);
        if (claim == AlertLedger.Claim.DONE) {
            duplicates.incrementAndGet();
            return Outcome.DUPLICATE;
        }
        if (claim == AlertLedger.Claim.IN_FLIGHT) {
            return Outcome.IN_FLIGHT;
        }
        exchange.getMessage().setBody(alert);
        exchange.getMessage().setHeader(EmailSecurityLogpushConstants.SOURCE, source);
        exchange.getMessage().setHeader(EmailSecurityLogpushConstants.ALERT_ID, alert.getAlertId());
        exchange.getMessage().setHeader(EmailSecurityLogpushConstants.TIMESTAMP, alert.getTimestamp());
        try {
            enrichment.enrich(exchange, alert);
            route.process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        if (exchange.getException() != null) {
            ledger.release(alert.getAlertId(), owner);
            return Outcome.FAILED;
        }
        ledger.done(alert.getAlertId());
        ("push".equals(source) ? pushed : polled).incrementAndGet();
        return Outcome.DELIVERED;
    }
}
