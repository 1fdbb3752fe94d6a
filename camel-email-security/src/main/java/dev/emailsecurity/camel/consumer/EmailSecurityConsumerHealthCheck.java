package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of one email-security consumer: DOWN while the API refuses its credentials (401/403) or while it is
 * rate-limited (polls skipped until the API's retry time), UP otherwise.
 */
class EmailSecurityConsumerHealthCheck extends AbstractHealthCheck {

    private final EmailSecurityConsumer consumer;

    public EmailSecurityConsumerHealthCheck(EmailSecurityConsumer consumer, String routeId) {
        super("camel", "email-security-consumer-" + routeId);
        this.consumer = consumer;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        ConsumerStats stats = consumer.stats();
        builder.detail("operation", consumer.getEndpoint().getOperation().name());
        if (consumer.watermark() != null) {
            builder.detail("watermark", consumer.watermark().toString());
        }
        String auth = stats.authFailure();
        if (auth != null) {
            builder.message("The Email Security API refused the consumer's credentials: " + auth);
            builder.down();
            return;
        }
        Instant until = stats.rateLimitedUntil();
        if (until != null && Instant.now().isBefore(until)) {
            builder.detail("retryAt", until.toString());
            builder.message("Rate-limited by the Email Security API (HTTP 429): polls are skipped until " + until);
            builder.down();
            return;
        }
        builder.up();
    }
}
