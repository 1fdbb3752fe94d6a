package dev.emailsecurity.camel.logpush;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;

import dev.emailsecurity.camel.test.EmulatorConnection;
import dev.emailsecurity.emulator.EmailSecurityEmulator;

/**
 * One runtime with the consumer: a CamelContext with the Vert.x platform-http server on a loopback port, the
 * email-security component pointed at the emulator, and route "logpush" from the given URI to the deliveries.
 */
public final class LogpushNode implements AutoCloseable {

    public static final String SECRET = "lp-shared-secret-5b1f0c7e9d";
    public static final String PATH = "/logpush/email-security";

    public final CamelContext context;
    public final int port;

    private LogpushNode(CamelContext context, int port) {
        this.context = context;
        this.port = port;
    }

    public static LogpushNode start(EmailSecurityEmulator emulator, int port, String uri, Map<String, Object> beans,
                             org.apache.camel.Processor deliveries) throws Exception {
        CamelContext context = new DefaultCamelContext();
        VertxPlatformHttpServerConfiguration http = new VertxPlatformHttpServerConfiguration();
        http.setBindHost("127.0.0.1");
        http.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(http));
        beans.forEach((name, bean) -> context.getRegistry().bind(name, bean));
        EmulatorConnection.pointAt(context, emulator);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("logpush").process(deliveries);
            }
        });
        try {
            context.start();
        } catch (RuntimeException e) {
            context.stop();
            throw e;
        }
        return new LogpushNode(context, port);
    }

    /** The destination a Logpush job is given: this node's URL, the secret as a header_ parameter. */
    public static String destination(int port, String secret) {
        return "http://127.0.0.1:" + port + PATH + "?header_X-Logpush-Secret=" + secret;
    }

    public EmailSecurityLogpushConsumer consumer() {
        return (EmailSecurityLogpushConsumer) context.getRoute("logpush").getConsumer();
    }

    public void stopRoute() throws Exception {
        context.getRouteController().stopRoute("logpush");
    }

    public void startRoute() throws Exception {
        context.getRouteController().startRoute("logpush");
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        context.stop();
    }
}
