package dev.emailsecurity.examples.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Consumes the MALICIOUS mail: each new message is one exchange, and a message comes again (header
 * {@code CamelEmailSecurityChange}) when its disposition, quarantine state or post-delivery actions change. The
 * component (account, token, base URL) and the consumer's start and poll delay are set in application.yaml, so the
 * URI names only the operation and its filter. The consumer registers its own health check, which is part of the
 * application's readiness.
 */
@Component
public class MaliciousMailRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("email-security:searchMessages?finalDisposition=MALICIOUS"
             + "&startFrom={{example.consumer.start-from}}&delay={{example.consumer.delay}}")
                .routeId("malicious-mail")
                .log("${body.finalDisposition} ${header.CamelEmailSecurityId} from ${body.from}"
                     + " (change: ${header.CamelEmailSecurityChange})");
    }
}
