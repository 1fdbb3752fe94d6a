package dev.emailsecurity.camel.transport;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Function;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * The HttpClient a request goes out on, chosen when it is sent: HttpClient's stock connections while its header and
 * wire loggers are off, and from the first request that finds either of them on (switched on at runtime included),
 * a second client whose connections mask the credentials ({@link SecretSafeConnectionFactory}). The masked client is
 * built only then: the stock connections are the path every HttpClient version is tested on (the subclassed
 * connection hangs on httpclient5 5.5, the version Camel JBang 4.17 ships), so they stay in use while nobody logs.
 */
final class LogSafeClients implements Closeable {

    private final CloseableHttpClient stock;
    private final Function<Boolean, CloseableHttpClient> factory;
    private volatile CloseableHttpClient masked;

    /** @param factory builds a client, with the secret-safe connections when given {@code true} */
    LogSafeClients(Function<Boolean, CloseableHttpClient> factory) {
        this.factory = factory;
        this.masked = SecretSafeConnectionFactory.isNeeded() ? factory.apply(true) : null;
        this.stock = masked == null ? factory.apply(false) : null;
    }

    /** The client for the next request; once the masked one exists it is used for good. */
    CloseableHttpClient current() {
        CloseableHttpClient client = masked;
        if (client != null) {
            return client;
        }
        if (!SecretSafeConnectionFactory.isNeeded()) {
            return stock;
        }
        synchronized (this) {
            if (masked == null) {
                masked = factory.apply(true);
            }
            return masked;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (stock != null) {
                stock.close();
            }
        } finally {
            CloseableHttpClient client = masked;
            if (client != null) {
                client.close();
            }
        }
    }
}
