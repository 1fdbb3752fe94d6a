package dev.emailsecurity.emulator.logpush;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;

import dev.emailsecurity.emulator.EmailSecurityEmulator;

/**
 * The emulator's Logpush job for the dataset {@code email_security_alerts}: every new detection of the emulator
 * (live mode or {@code state().addMessages}) becomes one NDJSON line; the lines of one addition are POSTed,
 * gzip-compressed, in batches of at most {@code batchSize} to an HTTP destination, whose {@code header_*} query
 * parameters become request headers (as Cloudflare does). A batch answered 5xx, timed out or refused is sent again,
 * up to {@code maxAttempts} times; a 4xx answer ends it. The job can be told to lose a share of its batches (they
 * are never sent) and to pause (batches wait, in order, until {@link #resume()}).
 * <p>
 * One sender thread, batches in order; {@link #isIdle()} says when every batch made so far has been handled.
 */
public final class LogpushJob implements AutoCloseable {

    private final Destination destination;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration timeout;
    private final Duration retryBackoff;
    private final Random random;
    private volatile double dropShare;
    private final HttpClient http;
    private final LinkedBlockingDeque<List<Map<String, Object>>> queue = new LinkedBlockingDeque<>();
    private final Set<String> deliveredAlerts = ConcurrentHashMap.newKeySet();
    private final Set<String> lostAlerts = ConcurrentHashMap.newKeySet();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong alertsDelivered = new AtomicLong();
    private final AtomicLong alertsLost = new AtomicLong();
    private final Object pauseLock = new Object();
    private boolean paused;
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean closed;
    private final Thread sender;

    private LogpushJob(Builder b) {
        this.destination = Destination.parse(Objects.requireNonNull(b.destination, "destination"));
        this.batchSize = b.batchSize;
        this.maxAttempts = b.maxAttempts;
        this.timeout = b.timeout;
        this.retryBackoff = b.retryBackoff;
        this.random = new Random(b.seed);
        this.dropShare = b.dropShare;
        this.http = HttpClient.newBuilder().connectTimeout(b.timeout).build();
        this.sender = new Thread(this::run, "email-security-emulator-logpush");
        this.sender.setDaemon(true);
    }

    /** @return a builder; {@link Builder#destination(String)} is required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the sender and subscribes to the emulator's new messages (replacing any other subscriber).
     *
     * @return this job
     */
    public LogpushJob attach(EmailSecurityEmulator emulator) {
        if (!sender.isAlive()) {
            sender.start();
        }
        emulator.onNewMessages(this::offer);
        return this;
    }

    /** Queues the detections among these MessageDetails maps as batches (what the emulator's hook calls). */
    public void offer(List<Map<String, Object>> messages) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> details : messages) {
            Map<String, Object> line = AlertRecord.of(details);
            if (line != null) {
                lines.add(line);
            }
        }
        for (int from = 0; from < lines.size(); from += batchSize) {
            batches.incrementAndGet();
            pending.incrementAndGet();
            queue.add(List.copyOf(lines.subList(from, Math.min(lines.size(), from + batchSize))));
        }
    }

    /** Holds every batch, in order, until {@link #resume()}. */
    public void pause() {
        synchronized (pauseLock) {
            paused = true;
        }
    }

    /** Sends the held batches and goes on. */
    public void resume() {
        synchronized (pauseLock) {
            paused = false;
            pauseLock.notifyAll();
        }
    }

    /** From now on, loses this share (0 to 1) of the batches: they are counted as dropped and never sent. */
    public void setDropShare(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("dropShare must be within 0 and 1: " + share);
        }
        this.dropShare = share;
    }

    /** @return true when every batch made so far was delivered, dropped or given up (false while paused with some) */
    public boolean isIdle() {
        return pending.get() == 0;
    }

    public LogpushStats stats() {
        return new LogpushStats(batches.get(), delivered.get(), dropped.get(), failed.get(), retries.get(),
                alertsDelivered.get(), alertsLost.get());
    }

    /** @return the AlertIDs of the lines in batches the destination took (2xx) */
    public Set<String> deliveredAlertIds() {
        return Set.copyOf(deliveredAlerts);
    }

    /** @return the AlertIDs of the lines in batches dropped or given up */
    public Set<String> lostAlertIds() {
        return Set.copyOf(lostAlerts);
    }

    @Override
    public void close() {
        closed = true;
        sender.interrupt();
    }

    private void run() {
        try {
            while (!closed) {
                List<Map<String, Object>> batch = queue.takeFirst();
                try {
                    awaitResumed();
                    handle(batch);
                } finally {
                    pending.decrementAndGet();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitResumed() throws InterruptedException {
        synchronized (pauseLock) {
            while (paused) {
                pauseLock.wait();
            }
        }
    }

    private void handle(List<Map<String, Object>> batch) throws InterruptedException {
        boolean drop;
        synchronized (random) {
            drop = random.nextDouble() < dropShare;
        }
        if (drop) {
            dropped.incrementAndGet();
            lose(batch);
            return;
        }
        byte[] body = BatchEncoder.encode(batch);
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            if (attempt > 1) {
                retries.incrementAndGet();
                Thread.sleep(retryBackoff.toMillis() * (attempt - 1));
            }
            int status = post(body);
            if (status >= 200 && status < 300) {
                delivered.incrementAndGet();
                alertsDelivered.addAndGet(batch.size());
                batch.forEach(line -> deliveredAlerts.add(String.valueOf(line.get("AlertID"))));
                return;
            }
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                break;
            }
        }
        failed.incrementAndGet();
        lose(batch);
    }

    private void lose(List<Map<String, Object>> batch) {
        alertsLost.addAndGet(batch.size());
        batch.forEach(line -> lostAlerts.add(String.valueOf(line.get("AlertID"))));
    }

    /** @return the status, or 0 for a timeout or a connection that failed */
    private int post(byte[] body) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(destination.uri()).timeout(timeout)
                .header("Content-Type", "application/x-ndjson")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        destination.headers().forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Builder of a {@link LogpushJob}. */
    public static final class Builder {
        private String destination;
        private int batchSize = 100;
        private int maxAttempts = 5;
        private Duration timeout = Duration.ofSeconds(10);
        private Duration retryBackoff = Duration.ofMillis(100);
        private double dropShare;
        private long seed = 42;

        private Builder() {
        }

        /** The HTTP destination; {@code header_<Name>=<value>} query parameters become request headers. */
        public Builder destination(String url) {
            this.destination = url;
            return this;
        }

        /** Lines per batch at most (default 100). */
        public Builder batchSize(int lines) {
            if (lines < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1: " + lines);
            }
            this.batchSize = lines;
            return this;
        }

        /** Attempts per batch on 5xx, 408, 429, timeouts and refused connections (default 5). */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /** Connect and response timeout of one attempt (default 10 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Wait before the n-th retry: n times this (default 100 ms, real time). */
        public Builder retryBackoff(Duration backoff) {
            this.retryBackoff = Objects.requireNonNull(backoff, "retryBackoff");
            return this;
        }

        /** Share (0 to 1) of batches lost without being sent (default 0). */
        public Builder dropShare(double share) {
            if (share < 0 || share > 1) {
                throw new IllegalArgumentException("dropShare must be within 0 and 1: " + share);
            }
            this.dropShare = share;
            return this;
        }

        /** Seed of the choice of dropped batches (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public LogpushJob build() {
            return new LogpushJob(this);
        }
    }
}
