package dev.emailsecurity.camel.consumer.state;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.test.EmulatorConnection;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One node of the cluster, in its own JVM: the searchMessages consumer under a {@link ClusteredRoutePolicy} over a
 * {@link FileLockClusterService} (shared folder), its checkpoint in PostgreSQL through {@link JdbcStateRepository}.
 * Each exchange appends the message id to this node's output file. SIGTERM stops the CamelContext gracefully.
 * Arguments: base URL, account id, API token, JDBC URL, JDBC user, lock folder, state key, output file.
 */
public final class ClusterNodeMain {

    private ClusterNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[7]);
        CamelContext context = new DefaultCamelContext();

        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setURL(args[3]);
        db.setUser(args[4]);
        context.getRegistry().bind("jdbcState", new JdbcStateRepository(db));

        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setRoot(args[5]);
        cluster.setAcquireLockDelay(1, TimeUnit.SECONDS);
        cluster.setAcquireLockInterval(1, TimeUnit.SECONDS);
        cluster.setHeartbeatTimeoutMultiplier(2); // a leader silent for 2 s is stale
        context.addService(cluster);

        EmulatorConnection.pointAt(context, args[0], args[1], args[2]);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() throws Exception {
                from("email-security:searchMessages?startFrom=beginning&detectionsOnly=false&changeDetection=false"
                     + "&stateRepository=#jdbcState&stateKey=" + args[6] + "&delay=100")
                        .routeId("stream")
                        .routePolicy(ClusteredRoutePolicy.forNamespace(getContext(), "email-security-stream"))
                        .process(e -> Files.writeString(out,
                                e.getMessage().getHeader(EmailSecurityConstants.ID, String.class) + "\n",
                                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))
                        .delay(15);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(context::stop, "graceful-stop"));
        context.start();
        Thread.currentThread().join();
    }
}
