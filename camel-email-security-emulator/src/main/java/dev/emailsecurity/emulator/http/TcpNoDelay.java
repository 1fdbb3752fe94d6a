package dev.emailsecurity.emulator.http;

/**
 * Turns Nagle's algorithm off on the JDK server's connections. The server writes a response's headers and body
 * separately; with Nagle on, the body waits for the client's delayed ACK, about 40 ms per call on loopback. The JDK
 * reads {@value #PROPERTY} once, when the first server of the JVM is created, so it is set before that (unless the
 * user set it, e.g. {@code -Dsun.net.httpserver.nodelay=false} to measure the difference).
 */
public final class TcpNoDelay {

    public static final String PROPERTY = "sun.net.httpserver.nodelay";

    private TcpNoDelay() {
    }

    public static void requestBeforeTheFirstServer() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, "true");
        }
    }

    public static boolean requested() {
        return Boolean.parseBoolean(System.getProperty(PROPERTY));
    }
}
