package dev.emailsecurity.camel.logpush;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Processor;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two consumers as one: a platform-http consumer on the endpoint's path receives the Logpush batches, and an
 * email-security:searchMessages consumer of detections polls the API; each alert reaches the route once, from
 * whichever side saw it first (header {@value EmailSecurityLogpushConstants#SOURCE}).
 */
public class EmailSecurityLogpushConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSecurityLogpushConsumer.class);

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private AlertDelivery delivery;
    private Enrichment enrichment;
    private Consumer receiver;
    private Consumer poller;

    public EmailSecurityLogpushConsumer(EmailSecurityLogpushEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
    }

    @Override
    public EmailSecurityLogpushEndpoint getEndpoint() {
        return (EmailSecurityLogpushEndpoint) super.getEndpoint();
    }

    /** @return alerts delivered first by a push (since start) */
    public long getPushedCount() {
        return delivery == null ? 0 : delivery.pushed.get();
    }

    /** @return alerts delivered first by the poll (since start) */
    public long getPolledCount() {
        return delivery == null ? 0 : delivery.polled.get();
    }

    /** @return alerts pushed or polled again after their delivery, and skipped (since start) */
    public long getDuplicateCount() {
        return delivery == null ? 0 : delivery.duplicates.get();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        EmailSecurityLogpushEndpoint e = getEndpoint();
        var repository = e.ledgerRepository();
        ServiceHelper.startService(repository);
        AlertLedger ledger = new AlertLedger(repository, e.getDedupKey(), Duration.ofMillis(e.getDedupRetention()),
                Duration.ofMillis(e.getClaimTimeout()), Clock.systemUTC());
        enrichment = new Enrichment(e.getEnrich(), e.getCamelContext());
        delivery = new AlertDelivery(ledger, getProcessor(), enrichment);

        PushReceiver push = new PushReceiver(new SharedSecret(e.getSecret()), e.getSecretHeader(),
                new BatchDecoder(e.getMaxBatchBytes()), delivery, () -> createExchange(false), x -> releaseExchange(x, false),
                "push@" + node, e.isPoll());
        Endpoint http = e.getCamelContext().getEndpoint("platform-http:" + e.getPath() + "?httpMethodRestrict=POST");
        receiver = http.createConsumer(push);
        ServiceHelper.startService(receiver);

        if (e.isPoll()) {
            Map<String, Object> options = new HashMap<>(e.getPollOptions());
            options.put("detectionsOnly", "true");
            if (e.getStateRepository() != null) {
                options.putIfAbsent("stateRepository", e.getStateRepository());
            }
            Endpoint search = e.getCamelContext().getEndpoint("email-security:searchMessages", options);
            // an endpoint made with parameter objects is not kept by the context: start it (again, after a restart)
            ServiceHelper.startService(search);
            poller = search.createConsumer(new PollBridge(delivery, "poll@" + node));
            ServiceHelper.startService(poller);
        }
        LOG.info("Receiving Logpush email_security_alerts on POST {}{}", e.getPath(),
                e.isPoll() ? ", polling the API for detections the push lost" : " (poll off)");
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopAndShutdownServices(poller, receiver);
        poller = null;
        receiver = null;
        if (enrichment != null) {
            enrichment.stop();
        }
        super.doStop();
    }
}
