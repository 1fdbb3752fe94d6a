package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.net.Socket;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections that never log credentials. Apache HttpClient logs every request header at DEBUG on
 * {@code org.apache.hc.client5.http.headers} and every byte on {@code org.apache.hc.client5.http.wire}, which would
 * put the API token or key in the log of anyone who turns DEBUG on. These connections log the headers on the same
 * logger with {@code Authorization}, {@code X-Auth-Key}, {@code X-Auth-Email} and {@code Proxy-Authorization} masked,
 * and never log the wire.
 */
final class SecretSafeConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    private static final Logger HEADER_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "x-auth-key",
            "x-auth-email");
    private static final Logger WIRE_LOG = LoggerFactory.getLogger("org.apache.hc.client5.http.wire");
    private static final AtomicLong COUNT = new AtomicLong();

    /**
     * Whether HttpClient would log headers or the wire now. Cheap: {@link LogSafeClients} asks before every request,
     * so loggers switched on at runtime are honoured from the next request on.
     */
    static boolean isNeeded() {
        return HEADER_LOG.isDebugEnabled() || WIRE_LOG.isDebugEnabled();
    }

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        Connection connection = new Connection("email-security-" + COUNT.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    static String masked(Header header) {
        return SECRET_HEADERS.contains(header.getName().toLowerCase(Locale.ROOT))
                ? header.getName() + ": ***" : header.getName() + ": " + header.getValue();
    }

    private static final class Connection extends DefaultManagedHttpClientConnection {

        private final String id;

        Connection(String id) {
            super(id);
            this.id = id;
        }

        @Override
        public void bind(Socket socket) throws IOException {
            bind(new SocketHolder(socket));
        }

        @Override
        public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
            bind(new SocketHolder(sslSocket, socket));
        }

        @Override
        protected void onRequestSubmitted(ClassicHttpRequest request) {
            if (request != null && HEADER_LOG.isDebugEnabled()) {
                HEADER_LOG.debug("{} >> {}", id, new RequestLine(request));
                for (Header header : request.getHeaders()) {
                    HEADER_LOG.debug("{} >> {}", id, masked(header));
                }
            }
        }
    }
}
