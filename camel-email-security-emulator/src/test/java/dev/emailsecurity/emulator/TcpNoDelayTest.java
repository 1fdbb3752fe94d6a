package dev.emailsecurity.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The embedded server runs with TCP_NODELAY: the JDK server's own configuration says so once an emulator is up.
 * The effect on an ingest is printed by {@code IngestFigure} (see the README), not asserted on time here.
 */
class TcpNoDelayTest {

    @RegisterExtension
    static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().messageCount(5).build();

    @Test
    void theJdkServerSetsNoDelayOnItsConnections(EmailSecurityEmulator e) throws Exception {
        assertThat(new Api(e).get("/investigate").status()).isEqualTo(200);
        Method noDelay = Class.forName("sun.net.httpserver.ServerConfig").getDeclaredMethod("noDelay");
        noDelay.setAccessible(true);
        assertThat(noDelay.invoke(null)).isEqualTo(true);
    }
}
