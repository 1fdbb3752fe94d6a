package dev.emailsecurity.camel;

import java.time.Clock;
import java.time.Duration;

import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.transport.Credentials;
import dev.emailsecurity.camel.transport.EmailSecurityClient;
import dev.emailsecurity.camel.transport.HttpTransport;
import dev.emailsecurity.camel.transport.LogMask;
import dev.emailsecurity.camel.transport.RatePacer;
import dev.emailsecurity.camel.transport.RetryPolicy;
import dev.emailsecurity.camel.transport.HttpTransportFactory.TransportSettings;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import dev.emailsecurity.camel.consumer.EmailSecurityConsumer;
import dev.emailsecurity.camel.consumer.StreamEndpoint;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invoke any operation of the Cloudflare Email Security API: message search and investigation, move, release and
 * reclassify, bulk jobs, PhishGuard reports, submissions and all settings.
 */
@UriEndpoint(firstVersion = "1.0.0", scheme = "email-security", title = "Cloudflare Email Security",
             syntax = "email-security:operation",
             category = { Category.CLOUD, Category.MAIL, Category.MONITORING },
             headersClass = EmailSecurityConstants.class)
public class EmailSecurityEndpoint extends ScheduledPollEndpoint implements StreamEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(EmailSecurityEndpoint.class);
    /** The default delay between two polls of a consumer, in milliseconds. */
    public static final long DEFAULT_CONSUMER_DELAY = 60_000;

    @UriPath(description = "The API operation to invoke")
    @Metadata(required = true)
    private EmailSecurityOperation operation;
    @UriParam
    private EmailSecurityConfiguration configuration;
    /** Shadows the scheduler's own delay so that the catalog shows this component's default (Camel's mail does so). */
    @UriParam(defaultValue = "" + DEFAULT_CONSUMER_DELAY, javaType = "java.time.Duration", label = "consumer,scheduler",
              description = "Milliseconds before the next poll. One a minute by default: the API's rate budget is "
                            + "shared by every client of the same token.")
    private long delay = DEFAULT_CONSUMER_DELAY;

    private EmailSecurityClient client;
    private EmailSecurityClient consumerClient;

    public EmailSecurityEndpoint(String uri, EmailSecurityComponent component, EmailSecurityConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
        // a consumer polls once a minute unless delay says otherwise: the API's rate budget is shared per token
        setDelay(DEFAULT_CONSUMER_DELAY);
    }

    /**
     * Milliseconds before the next poll. One a minute by default: the API's rate budget is shared by every client of
     * the same token.
     */
    @Override
    public void setDelay(long delay) {
        super.setDelay(delay);
        this.delay = delay;
    }

    @Override
    public EmailSecurityComponent getComponent() {
        return (EmailSecurityComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new EmailSecurityProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        EmailSecurityConsumer consumer = new EmailSecurityConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        EmailSecurityConfiguration c = configuration;
        TransportSettings settings = new TransportSettings(c.getBaseUrl(), c.getConnectTimeout(), c.getResponseTimeout(),
                c.getRequestDeadline(),
                c.getProxyHost(), c.getProxyPort(), c.getProxyUsername(), c.getProxyPassword(),
                c.getSslContextParameters(), c.getHttpClientConfigurer());
        Credentials credentials = credentials();
        HttpTransport transport = getComponent().transportFor(settings);
        RatePacer pacer = c.isPacing() ? getComponent().pacerFor(c.getAccountId(), credentials) : null;
        client = newClient(transport, credentials, pacer, Duration.ofMillis(c.getMaxRetryWait()));
        // a consumer never waits on its poll thread: any wait (Retry-After, back-off, pacing) fails the poll fast
        // with retryAt, and the consumer skips its polls until then
        consumerClient = newClient(transport, credentials, pacer, Duration.ZERO);
    }

    private EmailSecurityClient newClient(HttpTransport transport, Credentials credentials, RatePacer pacer,
                                          Duration maxRetryWait) {
        EmailSecurityConfiguration c = configuration;
        return new EmailSecurityClient(transport, c.getAccountId(), credentials,
                Duration.ofMillis(c.getAsyncSearchTimeout()), Clock.systemUTC(),
                new RetryPolicy(c.getMaxRetries(), maxRetryWait), pacer, new LogMask(c.isMaskPersonalData()));
    }

    private Credentials credentials() {
        if (configuration.getApiToken() != null && !configuration.getApiToken().isBlank()) {
            return Credentials.bearer(configuration.getApiToken());
        }
        LOG.warn("email-security endpoint for account {} authenticates with the legacy Global API key and e-mail: "
                 + "create an API token with the Cloud Email Security permissions and set apiToken instead",
                configuration.getAccountId());
        return Credentials.keyAndEmail(configuration.getApiKey(), configuration.getApiEmail());
    }

    /** The client the producer calls the API with (available once started). */
    public EmailSecurityClient client() {
        return client;
    }

    /** The client the consumer polls with: the same connection and rate budget, but it never waits to retry. */
    public EmailSecurityClient consumerClient() {
        return consumerClient;
    }

    /** The endpoint option that carries an API parameter, read through the generated configurer (no reflection). */
    public Object optionValue(ApiParameter parameter) {
        PropertyConfigurerGetter getter = (PropertyConfigurerGetter) getComponent().getEndpointPropertyConfigurer();
        return getter.getOptionValue(this, parameter.optionName(), true);
    }

    public EmailSecurityOperation getOperation() {
        return operation;
    }

    /**
     * The API operation to invoke.
     */
    public void setOperation(EmailSecurityOperation operation) {
        this.operation = operation;
    }

    public EmailSecurityConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint configuration.
     */
    public void setConfiguration(EmailSecurityConfiguration configuration) {
        this.configuration = configuration;
    }
}
