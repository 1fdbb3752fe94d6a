package dev.emailsecurity.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Every {@code example.poll-period}, searches the malicious mail of the last 30 days and logs how much there is. The
 * component (account, token, base URL) is configured in application.yaml, so the URI names only the operation.
 * <p>
 * TODO when the polling consumer lands: replace the timer and the producer with
 * {@code from("email-security:searchMessages?finalDisposition=MALICIOUS&startFrom=P1D")}, so that readiness reflects
 * the consumer's health check.
 */
@Component
public class MaliciousMailRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:malicious-mail?period={{example.poll-period}}").routeId("malicious-mail")
                .to("email-security:searchMessages?finalDisposition=MALICIOUS&maxResults=100")
                .log("${body.size} MALICIOUS messages in the last 30 days");
    }
}
