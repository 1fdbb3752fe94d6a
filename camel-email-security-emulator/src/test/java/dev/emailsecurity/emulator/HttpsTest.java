package dev.emailsecurity.emulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The emulator over HTTPS with a certificate generated at test time. */
class HttpsTest {

    @Test
    void servesHttpsWithTheGeneratedCertificateOnly(@TempDir Path dir) throws Exception {
        SelfSignedCertificate cert = SelfSignedCertificate.generate(dir);
        try (EmailSecurityEmulator e = EmailSecurityEmulator.builder().port(0).https(cert.serverContext()).build()
                .start()) {
            assertThat(e.baseUrl()).startsWith("https://127.0.0.1:");
            HttpRequest request = HttpRequest.newBuilder(URI.create(e.baseUrl() + "/accounts/" + e.accountId()
                                                                    + "/email-security/submissions"))
                    .header("Authorization", "Bearer " + e.readToken()).build();

            HttpClient trusting = HttpClient.newBuilder().sslContext(cert.clientContext()).build();
            HttpResponse<String> ok = trusting.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"success\":true");

            HttpClient defaults = HttpClient.newHttpClient();
            assertThatThrownBy(() -> defaults.send(request, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }
}
