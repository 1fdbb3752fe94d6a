package dev.emailsecurity.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.test.EmulatorConnection;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.state.FileStateRepository;

/**
 * A separate JVM running one searchMessages consumer on a FileStateRepository; each exchange appends its id to an
 * output file. Arguments: base URL, account id, token, state file, output file. Runs until killed.
 */
public final class StreamConsumerMain {

    private StreamConsumerMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[4]);
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("state", FileStateRepository.fileStateRepository(Path.of(args[3]).toFile()));
        EmulatorConnection.pointAt(context, args[0], args[1], args[2]);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("email-security:searchMessages?startFrom=beginning&detectionsOnly=false&changeDetection=false"
                     + "&stateRepository=#state&delay=100")
                        .routeId("stream")
                        .process(e -> Files.writeString(out,
                                e.getMessage().getHeader(EmailSecurityConstants.ID, String.class) + "\n",
                                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND))
                        .delay(15);
            }
        });
        context.start();
        Thread.currentThread().join();
    }
}
