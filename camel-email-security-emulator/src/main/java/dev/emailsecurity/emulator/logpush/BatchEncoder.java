package dev.emailsecurity.emulator.logpush;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A Logpush batch body: one JSON object per line (NDJSON), gzip-compressed. */
final class BatchEncoder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BatchEncoder() {
    }

    static byte[] encode(List<Map<String, Object>> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            for (Map<String, Object> line : lines) {
                gzip.write(JSON.writeValueAsBytes(line));
                gzip.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
