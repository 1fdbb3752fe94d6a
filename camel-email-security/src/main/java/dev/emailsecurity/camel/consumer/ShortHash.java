package dev.emailsecurity.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The first 8 bytes of a SHA-256, in hex: item versions ({@code CamelEmailSecurityVersion}) and default state keys;
 * and the first 6 in Base64: the digests of watched values a checkpoint keeps.
 * Each thread reuses its digest and buffers, since the consumer hashes the version of every item it emits.
 */
final class ShortHash {

    private static final ThreadLocal<ShortHash> PER_THREAD = ThreadLocal.withInitial(ShortHash::new);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final MessageDigest sha256;
    private final byte[] digest = new byte[32];
    private final byte[] six = new byte[6];
    private final byte[] base64 = new byte[8];
    private final byte[] hex = new byte[16];
    private byte[] bytes = new byte[256];

    private ShortHash() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of the text's UTF-8 bytes. */
    static String of(CharSequence text) {
        ShortHash h = PER_THREAD.get();
        h.sha(text, 0, text.length());
        for (int i = 0; i < 8; i++) {
            h.hex[2 * i] = HEX[h.digest[i] >> 4 & 0xf];
            h.hex[2 * i + 1] = HEX[h.digest[i] & 0xf];
        }
        return new String(h.hex, StandardCharsets.ISO_8859_1);
    }

    /** The first 6 bytes of the SHA-256 of the text's UTF-8 bytes, in 8 characters of URL-safe Base64. */
    static String digest(CharSequence text) {
        return digest(text, 0, text.length());
    }

    /** {@link #digest(CharSequence)} of the characters {@code from} (inclusive) to {@code to} (exclusive). */
    static String digest(CharSequence text, int from, int to) {
        ShortHash h = PER_THREAD.get();
        h.sha(text, from, to);
        System.arraycopy(h.digest, 0, h.six, 0, 6);
        BASE64.encode(h.six, h.base64);
        return new String(h.base64, StandardCharsets.ISO_8859_1);
    }

    /** Leaves the SHA-256 of the UTF-8 bytes of the value's characters [from, to) in {@link #digest}. */
    private void sha(CharSequence value, int from, int to) {
        int n = to - from;
        if (bytes.length < n) {
            bytes = new byte[Math.max(n, bytes.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(from + i);
            if (c >= 0x80) {
                sha256.update(value.subSequence(from, to).toString().getBytes(StandardCharsets.UTF_8));
                finish();
                return;
            }
            bytes[i] = (byte) c;
        }
        sha256.update(bytes, 0, n);
        finish();
    }

    private void finish() {
        try {
            sha256.digest(digest, 0, digest.length);
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
    }
}
