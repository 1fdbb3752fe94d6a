package dev.emailsecurity.camel.transport;

import org.apache.hc.core5.http.HttpRequest;

/**
 * How requests authenticate. Implementations never show the secret in {@code toString()}.
 */
public sealed interface Credentials permits Credentials.BearerToken, Credentials.KeyAndEmail {

    /** Adds the authentication headers to a request. */
    void applyTo(HttpRequest request);

    /** A stable key for the credential that does not reveal it (for sharing a rate budget per credential). */
    String fingerprint();

    static Credentials bearer(String token) {
        return new BearerToken(token);
    }

    static Credentials keyAndEmail(String apiKey, String apiEmail) {
        return new KeyAndEmail(apiKey, apiEmail);
    }

    /** An API token, sent as {@code Authorization: Bearer}. */
    final class BearerToken implements Credentials {
        private final String token;

        private BearerToken(String token) {
            this.token = token;
        }

        @Override
        public void applyTo(HttpRequest request) {
            request.setHeader("Authorization", "Bearer " + token);
        }

        @Override
        public String fingerprint() {
            return "token:" + Fingerprint.of(token);
        }

        @Override
        public String toString() {
            return "BearerToken[***]";
        }
    }

    /** The legacy Global API key with its account e-mail, sent as {@code X-Auth-Key} and {@code X-Auth-Email}. */
    final class KeyAndEmail implements Credentials {
        private final String apiKey;
        private final String apiEmail;

        private KeyAndEmail(String apiKey, String apiEmail) {
            this.apiKey = apiKey;
            this.apiEmail = apiEmail;
        }

        @Override
        public void applyTo(HttpRequest request) {
            request.setHeader("X-Auth-Key", apiKey);
            request.setHeader("X-Auth-Email", apiEmail);
        }

        @Override
        public String fingerprint() {
            return "key:" + Fingerprint.of(apiKey + '\n' + apiEmail);
        }

        @Override
        public String toString() {
            return "ApiKeyAndEmail[***]";
        }
    }
}
