package dev.emailsecurity.camel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.NameSuggestions;
import dev.emailsecurity.camel.transport.Credentials;
import dev.emailsecurity.camel.transport.HttpTransport;
import dev.emailsecurity.camel.transport.HttpTransportFactory;
import dev.emailsecurity.camel.transport.HttpTransportFactory.TransportSettings;
import dev.emailsecurity.camel.transport.RatePacer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.IOHelper;
import org.apache.camel.util.URISupport;

/**
 * The {@code email-security} component: Cloudflare Email Security (investigate, actions, bulk jobs, PhishGuard,
 * submissions and settings) as Camel endpoints. Options set on the component apply to every endpoint, so that a route
 * URI needs only the operation.
 */
@Component("email-security")
public class EmailSecurityComponent extends DefaultComponent {

    @Metadata(description = "The component configuration: options set here apply to every endpoint")
    private EmailSecurityConfiguration configuration = new EmailSecurityConfiguration();

    private static final EmailSecurityEndpointUriFactory OPTION_NAMES = new EmailSecurityEndpointUriFactory();

    private final Map<TransportSettings, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<String, RatePacer> pacers = new ConcurrentHashMap<>();

    @Override
    public void setCamelContext(CamelContext camelContext) {
        super.setCamelContext(camelContext);
        if (camelContext != null) {
            SensitiveKeywords.register(camelContext);
        }
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        EmailSecurityOperation operation = EmailSecurityOperation.find(remaining);
        if (operation == null) {
            throw new IllegalArgumentException("Unknown email-security operation '" + remaining + "'."
                                               + NameSuggestions.didYouMean(remaining));
        }
        // the endpoint keeps its URI with secrets masked: Camel's endpoint dev console prints it unsanitised as JSON
        EmailSecurityEndpoint endpoint = new EmailSecurityEndpoint(URISupport.sanitizeUri(uri), this,
                configuration.copy());
        endpoint.setOperation(operation);
        OptionText.check(parameters);
        setProperties(endpoint, parameters);
        EndpointValidation.validate(endpoint);
        return endpoint;
    }

    /**
     * Options no endpoint has, named with the closest known option ("did you mean"); unlike Camel's own message, the
     * values (a mistyped apiToken's among them) and the query are left out.
     */
    @Override
    protected void validateParameters(String uri, Map<String, Object> parameters, String optionPrefix) {
        if (parameters == null || parameters.isEmpty() || optionPrefix != null) {
            super.validateParameters(uri, parameters, optionPrefix);
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (String name : parameters.keySet()) {
            List<String> closest = NameSuggestions.closest(name, OPTION_NAMES.propertyNames());
            unknown.add(closest.isEmpty() ? name : name + " (did you mean " + String.join(" or ", closest) + "?)");
        }
        int query = uri.indexOf('?');
        throw new ResolveEndpointFailedException(query < 0 ? uri : uri.substring(0, query),
                "Unknown option" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown)
                        + ". Every option is listed in docs/options.md and in the component catalog.");
    }

    /** The shared HTTP client for these connection settings, created on first use. */
    HttpTransport transportFor(TransportSettings settings) {
        return transports.computeIfAbsent(settings, s -> {
            try {
                return HttpTransportFactory.create(getCamelContext(), s);
            } catch (Exception e) {
                throw new IllegalStateException("Cannot create the HTTP client for " + s + ": " + e.getMessage(), e);
            }
        });
    }

    /** The rate budget shared by every endpoint of this account and credential. */
    RatePacer pacerFor(String accountId, Credentials credentials) {
        return pacers.computeIfAbsent(accountId + '/' + credentials.fingerprint(), k -> new RatePacer(Clock.systemUTC()));
    }

    @Override
    protected void doStop() throws Exception {
        transports.values().forEach(IOHelper::close);
        transports.clear();
        pacers.clear();
        super.doStop();
    }

    public EmailSecurityConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The component configuration: options set here apply to every endpoint.
     */
    public void setConfiguration(EmailSecurityConfiguration configuration) {
        this.configuration = configuration;
    }
}
