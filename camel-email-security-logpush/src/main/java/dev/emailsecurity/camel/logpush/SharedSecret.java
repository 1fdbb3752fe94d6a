package dev.emailsecurity.camel.logpush;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The shared secret a Logpush job sends in a header (a {@code header_<Name>=<secret>} parameter of its destination
 * URL). Compared in constant time over SHA-256 digests, so neither the content nor the length leaks through timing;
 * {@link #toString()} never shows it.
 */
final class SharedSecret {

    private final byte[] digest;

    SharedSecret(String secret) {
        this.digest = sha256(secret);
    }

    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SharedSecret[******]";
    }
}
