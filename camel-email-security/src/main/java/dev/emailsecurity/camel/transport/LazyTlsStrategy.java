package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.net.Socket;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * The TLS strategy built at the first TLS connection, not with the client. HttpClient's default strategy loads the
 * JDK's trust store into an {@link SSLContext} and the public-suffix list for its hostname verifier (together ~7 MB
 * and most of a cold first call); a client that only ever talks plain HTTP (the emulator, a local proxy in front of
 * the API) never needs either.
 */
final class LazyTlsStrategy implements TlsSocketStrategy {

    private final SSLContext sslContext;
    private volatile TlsSocketStrategy delegate;

    /** @param sslContext the context from the endpoint's sslContextParameters, or null for the JDK's default */
    LazyTlsStrategy(SSLContext sslContext) {
        this.sslContext = sslContext;
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return delegate().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy delegate() {
        TlsSocketStrategy strategy = delegate;
        if (strategy == null) {
            synchronized (this) {
                strategy = delegate;
                if (strategy == null) {
                    strategy = sslContext == null
                            ? DefaultClientTlsStrategy.createDefault() : new DefaultClientTlsStrategy(sslContext);
                    delegate = strategy;
                }
            }
        }
        return strategy;
    }
}
