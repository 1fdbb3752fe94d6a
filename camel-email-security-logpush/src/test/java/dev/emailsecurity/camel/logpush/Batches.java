package dev.emailsecurity.camel.logpush;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Logpush batches made by hand, and a client that POSTs them like a Logpush job. */
final class Batches {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Batches() {
    }

    static String line(String alertId) {
        return "{\"AlertID\":\"" + alertId + "\",\"FinalDisposition\":\"MALICIOUS\",\"Subject\":\"Invoice\","
               + "\"Timestamp\":\"2026-07-01T09:00:00Z\",\"To\":[\"cfo@example.com\"],\"NewField\":7}";
    }

    static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] batch(String... alertIds) {
        StringBuilder b = new StringBuilder();
        for (String id : alertIds) {
            b.append(line(id)).append('\n');
        }
        return gzip(b.toString());
    }

    /** @param secret the X-Logpush-Secret header, or null for none */
    static HttpResponse<String> post(int port, String secret, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LogpushNode.PATH))
                .header("Content-Type", "application/x-ndjson").header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) {
            request.header("X-Logpush-Secret", secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
