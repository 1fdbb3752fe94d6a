package dev.emailsecurity.camel.logpush;

import java.util.List;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the Logpush job's POSTs: 401 without the shared secret, 400 for a batch that cannot be read whole (nothing
 * of it delivered), 503 when an alert's exchange failed (Logpush sends the batch again; the alerts delivered before it
 * are then skipped), 200 only once every alert of the batch was delivered or had been before.
 */
final class PushReceiver implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PushReceiver.class);

    private final SharedSecret secret;
    private final String secretHeader;
    private final BatchDecoder decoder;
    private final AlertDelivery delivery;
    private final Supplier<Exchange> exchanges;
    private final java.util.function.Consumer<Exchange> release;
    private final String owner;
    private final boolean pollCovers;

    /**
     * @param pollCovers whether the poll delivers what a push leaves: then an alert another node or side is
     *                   delivering right now is skipped; without the poll, the batch is answered 503, so it comes again
     */
    PushReceiver(SharedSecret secret, String secretHeader, BatchDecoder decoder, AlertDelivery delivery,
                 Supplier<Exchange> exchanges, java.util.function.Consumer<Exchange> release, String owner,
                 boolean pollCovers) {
        this.secret = secret;
        this.secretHeader = secretHeader;
        this.decoder = decoder;
        this.delivery = delivery;
        this.exchanges = exchanges;
        this.release = release;
        this.owner = owner;
        this.pollCovers = pollCovers;
    }

    @Override
    public void process(Exchange http) {
        Message in = http.getMessage();
        String presented = in.getHeader(secretHeader, String.class);
        in.removeHeader(secretHeader);
        if (!secret.matches(presented)) {
            LOG.warn("Logpush push to {} refused: {} header {}", http.getFromEndpoint() == null ? "?"
                    : http.getFromEndpoint().getEndpointBaseUri(), secretHeader, presented == null ? "missing" : "wrong");
            answer(in, 401, "missing or wrong " + secretHeader + " header");
            return;
        }
        List<EmailSecurityAlert> alerts;
        try {
            alerts = decoder.decode(in.getBody(byte[].class));
        } catch (BadBatchException e) {
            LOG.warn("Logpush batch refused (400): {}", e.getMessage());
            answer(in, 400, e.getMessage());
            return;
        }
        int delivered = 0;
        int duplicates = 0;
        for (EmailSecurityAlert alert : alerts) {
            Exchange exchange = exchanges.get();
            try {
                AlertDelivery.Outcome outcome = delivery.deliver(exchange, alert, owner, "push");
                if (outcome == AlertDelivery.Outcome.FAILED) {
                    Exception cause = exchange.getException();
                    LOG.warn("Logpush batch answered 503: alert {} failed ({}); Logpush sends the batch again",
                            alert.getAlertId(), cause == null ? "?" : cause.getClass().getSimpleName());
                    answer(in, 503, "alert " + alert.getAlertId() + " could not be delivered; send the batch again");
                    return;
                }
                if (outcome == AlertDelivery.Outcome.IN_FLIGHT && !pollCovers) {
                    answer(in, 503, "alert " + alert.getAlertId()
                                    + " is being delivered elsewhere; send the batch again");
                    return;
                }
                if (outcome == AlertDelivery.Outcome.DELIVERED) {
                    delivered++;
                } else {
                    duplicates++;
                }
            } finally {
                release.accept(exchange);
            }
        }
        answer(in, 200, "{\"received\":" + alerts.size() + ",\"delivered\":" + delivered + ",\"skipped\":"
                        + duplicates + "}");
    }

    private static void answer(Message in, int status, String text) {
        in.getHeaders().clear();
        in.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        in.setHeader(Exchange.CONTENT_TYPE, status == 200 ? "application/json" : "text/plain; charset=utf-8");
        in.setBody(text);
    }
}
