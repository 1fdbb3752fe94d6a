package dev.emailsecurity.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * All emulated state (messages, submissions, reports, bulk jobs, settings) and the run-time knobs. Every read
 * and write happens while holding this object's monitor; {@link #reset()} re-seeds it from the seed number.
 */
final class Backend {

    /** Values from the builder, restored by {@link #reset()}. */
    record Defaults(long seed, int messageCount, int resultCap, boolean asyncSearch, int maxIdsPerAction,
            Duration bulkJobStep) {
    }

    final Clock clock;
    final Defaults defaults;
    final PreviewRenderer previews = new PreviewRenderer();
    final SearchSnapshots snapshots = new SearchSnapshots();
    MessageStore messages;
    SubmissionStore submissions;
    PhishguardStore phishguard;
    BulkJobStore bulkJobs;
    final Map<String, SettingsStore> settings = new LinkedHashMap<>();
    private Random random;
    private MessageFactory factory;
    int resultCap;
    boolean asyncSearch;
    int maxIdsPerAction;

    Backend(Clock clock, Defaults defaults) {
        this.clock = clock;
        this.defaults = defaults;
        reset();
    }

    /** Back to the seeded state and the builder's knob values. */
    synchronized void reset() {
        random = new Random(defaults.seed());
        factory = new MessageFactory(random);
        resultCap = defaults.resultCap();
        asyncSearch = defaults.asyncSearch();
        maxIdsPerAction = defaults.maxIdsPerAction();
        snapshots.clear();
        Instant now = clock.instant();
        messages = new MessageStore(clock);
        submissions = new SubmissionStore(clock);
        phishguard = new PhishguardStore(clock);
        bulkJobs = new BulkJobStore(messages, this::uuid, defaults.bulkJobStep());
        List<Instant> times = factory.spread(now, defaults.messageCount());
        List<StoredMessage> seeded = new ArrayList<>(times.size());
        for (Instant at : times) {
            seeded.add(factory.create(at));
        }
        messages.addAll(seeded);
        seedSubmissions(now);
        phishguard.seed(messages.all(), random);
        settings.clear();
        int alias = 2401;
        for (SettingsKind kind : SettingsKind.ALL) {
            SettingsStore store = new SettingsStore(kind, clock, this::uuid, alias);
            SettingsSeeder.seed(store, now);
            settings.put(kind.path(), store);
            alias += 100;
        }
    }

    private void seedSubmissions(Instant now) {
        List<StoredMessage> all = messages.all();
        if (all.isEmpty()) {
            return;
        }
        String[] requested = {"MALICIOUS", "SPAM", "NONE", "SUSPICIOUS", "BULK", "SPOOF"};
        for (int i = 0; i < 12; i++) {
            StoredMessage m = all.get(random.nextInt(all.size()));
            String type = i % 3 == 0 ? "User" : "Team";
            Instant at = m.scannedAt.plusSeconds(300 + random.nextInt(7200));
            Map<String, Object> s = submissions.create(m, requested[i % requested.length], type,
                    at.isAfter(now) ? now : at, null);
            if (i % 2 == 0) {
                submissions.complete(s, i % 4 == 0 ? (String) s.get("requested_disposition")
                        : (String) s.get("original_disposition"));
            }
            if ("User".equals(type) && i % 6 == 0) {
                submissions.escalate(s, random);
            }
            m.postDeliveryOperations.add("SUBMISSION");
        }
    }

    UUID uuid() {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** Adds n messages scanned now (one live tick); returns their investigate ids. */
    synchronized List<String> addMessages(int n) {
        List<String> ids = new ArrayList<>();
        Instant now = clock.instant();
        for (int i = 0; i < n; i++) {
            StoredMessage m = factory.create(now);
            while (messages.find(m.id) != null) {
                m = factory.create(now);
            }
            messages.add(m);
            ids.add(m.id);
        }
        return ids;
    }

    /** One live-mode tick: new mail, one re-classified old message, one submission resolved. */
    synchronized void liveTick(int batch) {
        addMessages(batch);
        List<StoredMessage> all = messages.all();
        if (all.size() > batch) {
            StoredMessage old = all.get(batch + random.nextInt(all.size() - batch));
            String[] targets = {"MALICIOUS", "SUSPICIOUS", "SPAM", "NONE", "BULK"};
            String to = targets[random.nextInt(targets.length)];
            if (!to.equals(old.disposition)) {
                messages.reclassify(old, to);
            }
        }
        Map<String, Object> pending = submissions.oldestPending();
        if (pending != null) {
            completeSubmission(pending, (String) pending.get("requested_disposition"));
        }
    }

    /** Completes a submission; when the outcome differs, the message is re-classified. */
    synchronized void completeSubmission(Map<String, Object> s, String outcome) {
        submissions.complete(s, outcome);
        StoredMessage m = messages.find((String) s.get("original_postfix_id"));
        if (m != null && !outcome.equals(SubmissionStore.submissionDisposition(m.disposition))) {
            messages.reclassify(m, outcome);
        }
    }

    synchronized void advance() {
        bulkJobs.advance(clock.instant());
    }

    SettingsStore settings(String path) {
        return settings.get(path);
    }
}
