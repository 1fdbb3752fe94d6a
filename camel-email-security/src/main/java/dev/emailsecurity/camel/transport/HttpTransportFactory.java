package dev.emailsecurity.camel.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled Apache HttpClient 5 client for a set of {@link TransportSettings}: timeouts, proxy (with
 * credentials), TLS from Camel's {@link SSLContextParameters}, and the user's camel-http {@link HttpClientConfigurer}.
 */
public final class HttpTransportFactory {

    private static final int MAX_CONNECTIONS = 50;
    private static final int MAX_CONNECTIONS_PER_ROUTE = 20;

    private HttpTransportFactory() {
    }

    /**
     * The connection settings that decide whether two endpoints can share a client.
     */
    public record TransportSettings(String baseUrl, long connectTimeoutMillis, long responseTimeoutMillis,
                                    long requestDeadlineMillis, String proxyHost, Integer proxyPort, String proxyUsername, String proxyPassword,
                                    SSLContextParameters sslContextParameters,
                                    HttpClientConfigurer httpClientConfigurer) {

        public TransportSettings {
            Objects.requireNonNull(baseUrl, "baseUrl");
        }

        @Override
        public String toString() {
            return "TransportSettings[" + baseUrl + ", proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort)
                   + "]";
        }
    }

    public static HttpTransport create(CamelContext camelContext, TransportSettings settings) throws Exception {
        SSLContext sslContext = settings.sslContextParameters() == null
                ? null : settings.sslContextParameters().createSSLContext(camelContext);
        return new HttpTransport(new LogSafeClients(secretSafe -> client(settings, sslContext, secretSafe)),
                settings.baseUrl(), Duration.ofMillis(settings.requestDeadlineMillis()));
    }

    private static CloseableHttpClient client(TransportSettings settings, SSLContext sslContext, boolean secretSafe) {
        PoolingHttpClientConnectionManagerBuilder cm = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setSocketTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .setTimeToLive(TimeValue.of(5, TimeUnit.MINUTES))
                        .build());
        if (secretSafe) {
            cm.setConnectionFactory(new SecretSafeConnectionFactory());
        }
        cm.setTlsSocketStrategy(new LazyTlsStrategy(sslContext));
        PoolingHttpClientConnectionManager connectionManager = cm.build();

        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connectionManager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.ofMilliseconds(settings.responseTimeoutMillis()))
                        .build())
                // the component follows 202 Locations itself and owns the retry policy
                .disableRedirectHandling()
                .disableAutomaticRetries()
                // the API keeps no session in cookies; the cookie specs would load the public-suffix list (1.5 MB)
                .disableCookieManagement()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofSeconds(30));
        if (settings.proxyHost() != null) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort() == null ? 8080 : settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.proxyUsername() != null) {
                BasicCredentialsProvider provider = new BasicCredentialsProvider();
                char[] password = settings.proxyPassword() == null ? new char[0] : settings.proxyPassword().toCharArray();
                provider.setCredentials(new AuthScope(proxy),
                        new UsernamePasswordCredentials(settings.proxyUsername(), password));
                builder.setDefaultCredentialsProvider(provider);
            }
        }
        if (settings.httpClientConfigurer() != null) {
            settings.httpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }
}
