package dev.emailsecurity.camel;

import java.nio.file.Path;

import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityConnectionException;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import dev.emailsecurity.emulator.SelfSignedCertificate;
import org.apache.camel.Exchange;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 7: HTTPS against the emulator with a self-signed certificate generated at test time, trusted through
 * {@code sslContextParameters}; and calls through a loopback proxy that demands credentials.
 */
class TlsAndProxyTest extends CamelTestSupport {

    @TempDir
    static Path dir;

    @Test
    void httpsWithSelfSignedCertificateThroughSslContextParameters() throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.generate(dir);
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).https(cert.serverContext())
                .build().start()) {
            KeyStoreParameters trustStore = new KeyStoreParameters();
            trustStore.setResource("file:" + cert.keyStore());
            trustStore.setPassword(cert.password());
            trustStore.setType("PKCS12");
            TrustManagersParameters trust = new TrustManagersParameters();
            trust.setKeyStore(trustStore);
            SSLContextParameters ssl = new SSLContextParameters();
            ssl.setTrustManagers(trust);
            context.getRegistry().bind("emulatorTls", ssl);
            String base = "?baseUrl=" + emulator.baseUrl() + "&accountId=" + emulator.accountId()
                          + "&apiToken=RAW(" + emulator.readToken() + ")&maxRetries=0";

            Exchange ok = template.request("email-security:listBlockedSenders" + base
                                           + "&sslContextParameters=#emulatorTls", e -> {
                                           });
            assertThat(ok.getException()).isNull();
            assertThat(ok.getMessage().getHeader(EmailSecurityConstants.HTTP_STATUS)).isEqualTo(200);
            assertThat(emulator.callCount("email_security_list_blocked_senders")).isEqualTo(1);

            Exchange untrusted = template.request("email-security:listBlockedSenders" + base, e -> {
            });
            assertThat(untrusted.getException()).isInstanceOf(EmailSecurityConnectionException.class)
                    .hasMessageContaining("SSLHandshakeException");
        }
    }

    @Test
    void callsGoThroughAProxyWithCredentials() throws Exception {
        try (EmailSecurityEmulator emulator = EmailSecurityEmulator.builder().port(0).build().start();
             LoopbackProxy proxy = new LoopbackProxy("camel", "proxy-secret")) {
            String base = "?baseUrl=" + emulator.baseUrl() + "&accountId=" + emulator.accountId()
                          + "&apiToken=RAW(" + emulator.readToken() + ")&maxRetries=0&proxyHost=127.0.0.1&proxyPort="
                          + proxy.port();

            Exchange ok = template.request("email-security:listBlockedSenders" + base
                                           + "&proxyUsername=camel&proxyPassword=RAW(proxy-secret)", e -> {
                                           });
            assertThat(ok.getException()).isNull();
            assertThat(proxy.forwarded()).singleElement().asString().contains("/settings/block_senders");
            assertThat(emulator.callCount("email_security_list_blocked_senders")).isEqualTo(1);

            Exchange wrong = template.request("email-security:listDomains" + base
                                              + "&proxyUsername=camel&proxyPassword=RAW(wrong)", e -> {
                                              });
            assertThat(wrong.getException()).isInstanceOf(EmailSecurityApiException.class)
                    .hasMessageContaining("407");
            assertThat(emulator.callCount("email_security_list_domains")).isZero();
            assertThat(proxy.refused()).isNotEmpty();
        }
    }
}
