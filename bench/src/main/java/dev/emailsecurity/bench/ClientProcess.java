package dev.emailsecurity.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * One client of {@link EndToEnd} in its own process, ingesting on request. The protocol, the same for the JVM
 * clients ({@link EndToEndClient}) and the Node one ({@code .ci/sdk-check/e2e-ingest.mjs}): the client prints
 * {@code READY} once set up; for each {@code ingest} line on its stdin it reads every message once and prints
 * {@code E2E items repeated micros}; for {@code rss} it prints {@code RSS peakKb}; it exits at the end of its stdin.
 * Everything else it prints is kept for the error message should it fail.
 */
final class ClientProcess implements AutoCloseable {

    /** What one ingest reported. */
    record Ingested(long items, long repeated, long micros) {
    }

    private final String label;
    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final StringBuilder transcript = new StringBuilder();

    private ClientProcess(String label, Process process) {
        this.label = label;
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /** Starts the client and waits for its {@code READY}. */
    static ClientProcess start(String label, ProcessBuilder builder) throws IOException {
        ClientProcess client = new ClientProcess(label, builder.redirectErrorStream(true).start());
        client.await("READY");
        return client;
    }

    String label() {
        return label;
    }

    Ingested ingest() throws IOException {
        String[] f = request("ingest", "E2E");
        return new Ingested(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
    }

    /** The process's peak resident set size so far, in kB. */
    long peakRssKb() throws IOException {
        return Long.parseLong(request("rss", "RSS")[0]);
    }

    private String[] request(String command, String prefix) throws IOException {
        in.write(command + "\n");
        in.flush();
        String line = await(prefix);
        return line.length() > prefix.length() ? line.substring(prefix.length() + 1).split(" ") : new String[0];
    }

    private String await(String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(prefix) || line.startsWith(prefix + " ")) {
                return line;
            }
            transcript.append(line).append('\n');
        }
        throw new IllegalStateException(label + " ended before it answered " + prefix + ":\n" + transcript);
    }

    @Override
    public void close() throws Exception {
        in.close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
