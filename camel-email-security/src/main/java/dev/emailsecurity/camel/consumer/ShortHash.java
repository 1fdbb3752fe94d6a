package dev.emailsecurity.camel.consumer;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

/**
 * The first 8 bytes of a SHA-256, in hex: item versions ({@code CamelEmailSecurityVersion}) and default state keys;
 * and the first 6 in Base64: the digests of watched values a checkpoint keeps.
 * Each thread reuses its digest and buffers, since the consumer hashes one version per item it reads.
 */
final class ShortHash {

    private static final ThreadLocal<ShortHash> PER_THREAD = ThreadLocal.withInitial(ShortHash::new);
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final MessageDigest sha256;
    private final StringBuilder text = new StringBuilder(256);
    private final byte[] digest = new byte[32];
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
        return PER_THREAD.get().hash(text);
    }

    /** The first 6 bytes of the SHA-256 of the text's UTF-8 bytes, in 8 characters of URL-safe Base64. */
    static String digest(CharSequence text) {
        ShortHash h = PER_THREAD.get();
        h.sha(text);
        return BASE64.encodeToString(Arrays.copyOf(h.digest, 6));
    }

    /** The hash of the map's {@code toString()} form, {@code {name=value, ...}}, without building that string. */
    static String ofMap(Map<String, String> values) {
        ShortHash h = PER_THREAD.get();
        StringBuilder sb = h.text;
        sb.setLength(0);
        sb.append('{');
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return h.hash(sb.append('}'));
    }

    private String hash(CharSequence value) {
        sha(value);
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    /** Leaves the SHA-256 of the value's UTF-8 bytes in {@link #digest}. */
    private void sha(CharSequence value) {
        int n = value.length();
        if (bytes.length < n) {
            bytes = new byte[Math.max(n, bytes.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                sha256.update(value.toString().getBytes(StandardCharsets.UTF_8));
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
