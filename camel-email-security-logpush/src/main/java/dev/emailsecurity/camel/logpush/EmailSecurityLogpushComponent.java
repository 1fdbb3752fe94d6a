package dev.emailsecurity.camel.logpush;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.util.PropertiesHelper;
import org.apache.camel.util.URISupport;

/**
 * The {@code email-security-logpush} component: detections of Cloudflare Email Security pushed by Logpush
 * (dataset {@code email_security_alerts}) and polled from the API, as one stream with each alert once.
 */
@Component("email-security-logpush")
public class EmailSecurityLogpushComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String path = remaining.startsWith("/") ? remaining : "/" + remaining;
        if (path.length() < 2) {
            throw new IllegalArgumentException("email-security-logpush needs the HTTP path that receives the pushes, "
                                               + "e.g. email-security-logpush:/logpush/email-security");
        }
        EmailSecurityLogpushEndpoint endpoint = new EmailSecurityLogpushEndpoint(URISupport.sanitizeUri(uri), this);
        endpoint.setPath(path);
        endpoint.setPollOptions(PropertiesHelper.extractProperties(parameters, "poll."));
        setProperties(endpoint, parameters);
        return endpoint;
    }
}
