package dev.emailsecurity.camel.logpush;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import dev.emailsecurity.camel.model.MessageDetails;

/**
 * Takes the exchanges of the inner email-security:searchMessages consumer: a detection not delivered yet goes to
 * the route (same exchange, so its failure makes the poll take it again); one delivered before is skipped; one
 * the push is delivering right now fails, so the poll takes it again later.
 */
final class PollBridge implements Processor {

    private final AlertDelivery delivery;
    private final String owner;

    PollBridge(AlertDelivery delivery, String owner) {
        this.delivery = delivery;
        this.owner = owner;
    }

    @Override
    public void process(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (!(body instanceof MessageDetails details) || details.getAlertId() == null) {
            return;
        }
        AlertDelivery.Outcome outcome = delivery.deliver(exchange, EmailSecurityAlert.of(details), owner, "poll");
        if (outcome == AlertDelivery.Outcome.IN_FLIGHT) {
            exchange.setException(new IllegalStateException("Alert " + details.getAlertId()
                                                            + " is being delivered by a push; the poll takes it again"));
        }
    }
}
