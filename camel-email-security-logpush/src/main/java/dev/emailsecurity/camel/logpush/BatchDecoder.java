package dev.emailsecurity.camel.logpush;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Decodes one Logpush batch: NDJSON, gzip-compressed (recognised by its magic bytes, so a body the HTTP server already
 * inflated is read as it is). The whole batch is decoded before anything is delivered: one bad line, a truncated
 * gzip stream or a line without {@code AlertID} rejects it all.
 */
final class BatchDecoder {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final long maxBytes;

    BatchDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    List<EmailSecurityAlert> decode(byte[] body) {
        if (body == null || body.length == 0) {
            throw new BadBatchException("the batch is empty");
        }
        List<EmailSecurityAlert> alerts = new ArrayList<>();
        boolean gzip = body.length > 1 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        try (InputStream raw = new LimitedInputStream(gzip ? new GZIPInputStream(new ByteArrayInputStream(body))
                : new ByteArrayInputStream(body), maxBytes);
             BufferedReader lines = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                alerts.add(parse(line, number));
            }
        } catch (BadBatchException e) {
            throw e;
        } catch (IOException e) {
            // a truncated or corrupt gzip stream (EOFException, ZipException): nothing of it is delivered
            throw new BadBatchException("the gzip stream is truncated or corrupt (" + e.getClass().getSimpleName() + ")");
        }
        if (alerts.isEmpty()) {
            throw new BadBatchException("the batch holds no line");
        }
        return alerts;
    }

    private static EmailSecurityAlert parse(String line, int number) {
        EmailSecurityAlert alert;
        try {
            alert = JSON.readValue(line, EmailSecurityAlert.class);
        } catch (JsonProcessingException e) {
            // the message names the line and column, not the content (it may hold addresses and subjects)
            throw new BadBatchException("line " + number + " is not a JSON object (column "
                                        + (e.getLocation() == null ? "?" : e.getLocation().getColumnNr()) + ")");
        }
        if (alert == null || alert.getAlertId() == null || alert.getAlertId().isBlank()) {
            throw new BadBatchException("line " + number + " has no AlertID");
        }
        if (!AlertLedger.isRecordable(alert.getAlertId())) {
            throw new BadBatchException("line " + number + " has an AlertID with white space or over "
                                        + AlertLedger.MAX_ID_LENGTH + " characters");
        }
        return alert;
    }

    /** Fails once more than the limit has been read, so a small compressed body cannot expand without bound. */
    private static final class LimitedInputStream extends java.io.FilterInputStream {
        private final long limit;
        private long read;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new BadBatchException("the batch is larger than maxBatchBytes (" + limit + " bytes decoded)");
            }
        }
    }
}
