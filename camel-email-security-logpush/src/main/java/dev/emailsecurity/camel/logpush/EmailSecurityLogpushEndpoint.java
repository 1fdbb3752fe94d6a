package dev.emailsecurity.camel.logpush;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Receive the detections Cloudflare Logpush pushes (dataset email_security_alerts) on the runtime's HTTP server and
 * poll the API for the ones the push lost: one stream, each alert once.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "email-security-logpush", title = "Cloudflare Email Security Logpush",
             syntax = "email-security-logpush:path", consumerOnly = true,
             category = { Category.CLOUD, Category.MAIL, Category.MONITORING },
             headersClass = EmailSecurityLogpushConstants.class)
public class EmailSecurityLogpushEndpoint extends DefaultEndpoint {

    /** The header a Logpush destination URL sets with {@code header_X-Logpush-Secret=<secret>}. */
    public static final String DEFAULT_SECRET_HEADER = "X-Logpush-Secret";

    @UriPath(description = "The HTTP path of the receiver on the runtime's HTTP server (platform-http), e.g. "
                           + "/logpush/email-security; the Logpush job's destination is this path on your host")
    @Metadata(required = true)
    private String path;
    @UriParam(label = "security", secret = true)
    @Metadata(required = true)
    private String secret;
    @UriParam(label = "security", defaultValue = DEFAULT_SECRET_HEADER)
    private String secretHeader = DEFAULT_SECRET_HEADER;
    @UriParam(defaultValue = "true")
    private boolean poll = true;
    @UriParam(label = "consumer", prefix = "poll.", multiValue = true)
    private Map<String, Object> pollOptions = new HashMap<>();
    @UriParam(label = "consumer")
    private StateRepository<String, String> stateRepository;
    @UriParam(label = "consumer", defaultValue = "email-security-logpush/alerts")
    private String dedupKey = "email-security-logpush/alerts";
    @UriParam(label = "consumer", defaultValue = "172800000", javaType = "java.time.Duration")
    private long dedupRetention = 172_800_000L;
    @UriParam(label = "consumer,advanced", defaultValue = "300000", javaType = "java.time.Duration")
    private long claimTimeout = 300_000L;
    @UriParam(label = "consumer,advanced", defaultValue = "104857600")
    private long maxBatchBytes = 104_857_600L;
    @UriParam(label = "consumer", defaultValue = "none", enums = "none,message,detections,trace")
    private String enrich = "none";

    /** Without a stateRepository: the endpoint's, so that a restart of the route keeps it. */
    private final StateRepository<String, String> memory = new MemoryStateRepository();

    public EmailSecurityLogpushEndpoint(String uri, EmailSecurityLogpushComponent component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        throw new UnsupportedOperationException("email-security-logpush is a consumer only: " + getEndpointUri());
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("email-security-logpush needs the option secret: the value the "
                                               + "Logpush destination sends in the " + secretHeader + " header");
        }
        if (!Enrichment.NAMES.contains(enrich)) {
            throw new IllegalArgumentException("Invalid value for option enrich: '" + enrich + "' (one of "
                                               + Enrichment.NAMES + ")");
        }
        EmailSecurityLogpushConsumer consumer = new EmailSecurityLogpushConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    StateRepository<String, String> ledgerRepository() {
        return stateRepository != null ? stateRepository : memory;
    }

    public String getPath() {
        return path;
    }

    /** The HTTP path of the receiver on the runtime's HTTP server. */
    public void setPath(String path) {
        this.path = path;
    }

    public String getSecret() {
        return secret;
    }

    /**
     * The shared secret the Logpush job sends in the secretHeader header (set it in the destination URL as
     * header_X-Logpush-Secret=YOUR_SECRET). A push without it, or with another value, is answered 401 and
     * nothing of it is delivered; compared in constant time and never logged.
     */
    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getSecretHeader() {
        return secretHeader;
    }

    /** The request header that carries the shared secret. */
    public void setSecretHeader(String secretHeader) {
        this.secretHeader = secretHeader;
    }

    public boolean isPoll() {
        return poll;
    }

    /**
     * Whether this consumer also polls the API (searchMessages of detections) and delivers what the push lost. In a
     * cluster every node receives pushes; poll on every node with its own poll.stateKey, or on one.
     */
    public void setPoll(boolean poll) {
        this.poll = poll;
    }

    public Map<String, Object> getPollOptions() {
        return pollOptions;
    }

    /**
     * Options of the poll: any option of an email-security:searchMessages consumer with the prefix poll., e.g.
     * poll.finalDisposition=MALICIOUS, poll.delay=30000, poll.startFrom=P1D, poll.stateKey=node-a. detectionsOnly is
     * always true.
     */
    public void setPollOptions(Map<String, Object> pollOptions) {
        this.pollOptions = pollOptions;
    }

    public StateRepository<String, String> getStateRepository() {
        return stateRepository;
    }

    /**
     * Where the alerts already delivered are recorded (and the poll's checkpoint): the JDBC store shares them across
     * the nodes of a cluster. Without it they are kept in memory and a restart may deliver an alert again.
     */
    public void setStateRepository(StateRepository<String, String> stateRepository) {
        this.stateRepository = stateRepository;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    /** The key prefix of the delivered-alert records in the stateRepository; the same on every node of a cluster. */
    public void setDedupKey(String dedupKey) {
        this.dedupKey = dedupKey;
    }

    public long getDedupRetention() {
        return dedupRetention;
    }

    /**
     * How long a delivered alert id is remembered (two days by default): a push or poll of the same alert later than
     * this after its delivery would deliver it again. It bounds the size of the records.
     */
    public void setDedupRetention(long dedupRetention) {
        this.dedupRetention = dedupRetention;
    }

    public long getClaimTimeout() {
        return claimTimeout;
    }

    /**
     * How long an alert being delivered by one side (or node) keeps the other from delivering it; after a crash in
     * the middle of a delivery, the alert comes out again once this has passed.
     */
    public void setClaimTimeout(long claimTimeout) {
        this.claimTimeout = claimTimeout;
    }

    public long getMaxBatchBytes() {
        return maxBatchBytes;
    }

    /** The largest pushed batch accepted, counted after gzip decoding; a larger one is answered 400. */
    public void setMaxBatchBytes(long maxBatchBytes) {
        this.maxBatchBytes = maxBatchBytes;
    }

    public String getEnrich() {
        return enrich;
    }

    /**
     * What a pushed alert is enriched with through the email-security component (its credentials and rate budget):
     * none; message (the API's MessageDetails, found by alert id); detections or trace (also the detections or the
     * delivery trace of that message, in the header CamelEmailSecurityEnrichment).
     */
    public void setEnrich(String enrich) {
        this.enrich = enrich;
    }
}
