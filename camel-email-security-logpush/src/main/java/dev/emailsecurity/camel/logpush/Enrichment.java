package dev.emailsecurity.camel.logpush;

import java.util.List;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

import dev.emailsecurity.camel.model.MessageDetails;

/**
 * Adds the API's view of a pushed alert through the email-security component's own operations (so its credentials,
 * retries and rate budget apply): searchMessages by alert id, then getDetections or getTrace of that message.
 */
final class Enrichment {

    static final List<String> NAMES = List.of("none", "message", "detections", "trace");

    private final String mode;
    private final ProducerTemplate template;

    Enrichment(String mode, CamelContext context) {
        this.mode = mode;
        this.template = "none".equals(mode) ? null : context.createProducerTemplate();
    }

    boolean isEnabled() {
        return template != null;
    }

    /** Adds what the mode asks for to the exchange holding a pushed alert; a message the API has not yet is left out. */
    void enrich(Exchange exchange, EmailSecurityAlert alert) {
        if (template == null) {
            return;
        }
        MessageDetails message = alert.getMessage();
        if (message == null) {
            List<?> found = template.requestBodyAndHeader("email-security:searchMessages?maxResults=1", null,
                    EmailSecurityLogpushConstants.ALERT_ID, alert.getAlertId(), List.class);
            if (found == null || found.isEmpty() || !(found.get(0) instanceof MessageDetails first)) {
                return;
            }
            message = first;
            alert.setMessage(message);
        }
        if ("detections".equals(mode) || "trace".equals(mode)) {
            String operation = "detections".equals(mode) ? "getDetections" : "getTrace";
            Object result = template.requestBodyAndHeaders("email-security:" + operation, null,
                    Map.of("CamelEmailSecurityInvestigateId", message.getId()));
            exchange.getMessage().setHeader(EmailSecurityLogpushConstants.ENRICHMENT, result);
        }
    }

    void stop() throws Exception {
        if (template != null) {
            template.stop();
        }
    }
}
