package dev.emailsecurity.camel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityConflictException;
import dev.emailsecurity.camel.error.EmailSecurityConnectionException;
import dev.emailsecurity.camel.error.EmailSecurityOutcomeUnknownException;
import dev.emailsecurity.camel.model.BulkJobDetail;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item 4 of issue 16: a server that dribbles its answer cannot hold a call past {@code requestDeadline}; an empty body
 * at HTTP 200 is a clear error (for an action: outcome unknown, never a NullPointerException); a 409 to
 * {@code cancelBulkJob} is a definite conflict, not an unknown outcome.
 */
class TransportEdgesTest extends EmulatorTestSupport {

    @Test
    void aDribblingServerIsCutOffAtTheRequestDeadline() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread dribbler = new Thread(() -> dribble(server, done), "dribbler");
            dribbler.setDaemon(true);
            dribbler.start();
            String base = "http://127.0.0.1:" + server.getLocalPort() + "/client/v4";
            // each byte comes well within responseTimeout, so only the overall deadline can end the call
            Exchange exchange = call("email-security:getMessage?investigateId=x1&maxRetries=0&responseTimeout=5000"
                                     + "&requestDeadline=1500&baseUrl=" + base);

            assertThat(exchange.getException()).isInstanceOf(EmailSecurityConnectionException.class)
                    .hasMessageContaining("no complete answer within requestDeadline (1500 ms)");
            done.countDown();
        }
    }

    /** Sends a 200 head promising 100000 bytes, then one byte every 100 ms until the test is done. */
    private static void dribble(ServerSocket server, CountDownLatch done) {
        try (Socket socket = server.accept()) {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            in.read(buffer);
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (!done.await(100, TimeUnit.MILLISECONDS)) {
                out.write(' ');
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the client aborted: what the test expects
        }
    }

    @Test
    void anEmptyBodyAt200IsAnErrorForAReadAndUnknownForAnAction() {
        String id = FaultMatrixTest.quarantinedId();
        emulator.faults().next(1).forOperation("email_security_get_message").emptyBodyAt200();
        Exchange read = call("email-security:getMessage?investigateId=" + id);
        assertThat(read.getException()).isExactlyInstanceOf(EmailSecurityApiException.class)
                .hasMessageContaining("HTTP 200 with an empty body");

        emulator.faults().next(1).forOperation("email_security_post_release").emptyBodyAt200();
        Exchange release = call("email-security:releaseMessages", List.of(id), Map.of());
        assertThat(release.getException()).isInstanceOf(EmailSecurityOutcomeUnknownException.class)
                .hasMessageContaining("HTTP 200 with an empty body").hasMessageContaining("check the action log");
        assertThat(callsOf("email_security_post_release")).as("not re-sent").hasSize(1);
    }

    @Test
    void a409OnCancelBulkJobIsADefiniteConflict() {
        BulkJobDetail job = call("email-security:createBulkJob?actionType=RELEASE&finalDisposition=SPAM").getMessage()
                .getBody(BulkJobDetail.class);
        emulator.faults().next(1).forOperation("email_security_cancel_bulk_job").respondStatus(409);

        Exchange cancel = call("email-security:cancelBulkJob", null, Map.of(EmailSecurityConstants.JOB_ID,
                job.getJobId()));

        assertThat(cancel.getException()).isInstanceOf(EmailSecurityConflictException.class)
                .isNotInstanceOf(EmailSecurityOutcomeUnknownException.class);
        assertThat(callsOf("email_security_cancel_bulk_job")).hasSize(1);
        assertThat(callsOf("email_security_get_message_action_log")).isEmpty();
    }
}
