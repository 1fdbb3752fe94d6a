package dev.emailsecurity.camel.consumer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.state.AtomicFileStateRepository;
import dev.emailsecurity.camel.test.EmulatorConnection;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The messages consumer of {@link CheckpointKillTest}, in its own JVM, its checkpoint in an
 * {@link AtomicFileStateRepository}; each exchange appends the message id to the output file. On the n-th write of one
 * key it writes a share of the bytes, forces them to disk, prints {@value #IN_WRITE} and waits there to be killed.
 * Arguments: base URL, account id, API token, state folder, output file, key, n, share (0 to 1).
 */
public final class CheckpointKillNodeMain {

    static final String IN_WRITE = "IN-WRITE";

    private CheckpointKillNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[4]);
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("state", new PausingRepository(Path.of(args[3]), args[5],
                Integer.parseInt(args[6]), Double.parseDouble(args[7])));
        EmulatorConnection.pointAt(context, args[0], args[1], args[2]);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(CheckpointKillTest.URI).routeId("stream")
                        .process(e -> Files.writeString(out,
                                e.getMessage().getHeader(EmailSecurityConstants.ID, String.class) + "\n",
                                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
            }
        });
        context.start();
        new CountDownLatch(1).await();
    }

    /** Pauses inside the n-th write of one key, part of its bytes on disk, until the process is killed. */
    static final class PausingRepository extends AtomicFileStateRepository {
        private final String pauseKey;
        private final int pauseAt;
        private final double share;
        private final Map<String, Integer> writes = new HashMap<>();
        private String key;

        PausingRepository(Path directory, String pauseKey, int pauseAt, double share) {
            super(directory);
            this.pauseKey = pauseKey;
            this.pauseAt = pauseAt;
            this.share = share;
        }

        @Override
        public synchronized void setState(String key, String value) {
            this.key = key;
            super.setState(key, value);
        }

        @Override
        protected void write(FileChannel channel, ByteBuffer data) throws IOException {
            if (key.equals(pauseKey) && writes.merge(key, 1, Integer::sum) == pauseAt) {
                data.limit((int) (data.limit() * share));
                super.write(channel, data);
                channel.force(true);
                System.out.println(IN_WRITE + " " + key + " #" + pauseAt);
                System.out.flush();
                try {
                    new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IOException("interrupted inside a write");
            }
            super.write(channel, data);
        }
    }
}
