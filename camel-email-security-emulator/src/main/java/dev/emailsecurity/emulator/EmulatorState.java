package dev.emailsecurity.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Inspection and direct manipulation of the emulated state. Views are snapshots rendered exactly as the API
 * renders them (e.g. {@code MessageDetails}) as {@code Map<String, Object>}; changing them changes nothing.
 */
public final class EmulatorState {

    private final Backend backend;

    EmulatorState(Backend backend) {
        this.backend = backend;
    }

    private <T> T locked(Supplier<T> action) {
        synchronized (backend) {
            backend.advance();
            return action.get();
        }
    }

    /** @return every stored message as MessageDetails, newest first (detections and benign mail) */
    public List<Map<String, Object>> messages() {
        return locked(() -> backend.messages.all().stream().map(MessageRenderer::details).toList());
    }

    /** @return how many messages are stored (seeded, added by live ticks and {@link #addMessages(int)}) */
    public int messageCount() {
        return locked(() -> backend.messages.all().size());
    }

    /**
     * @param investigateId an investigate id or postfix id
     * @return the message as MessageDetails, or null
     */
    public Map<String, Object> message(String investigateId) {
        return locked(() -> {
            StoredMessage m = backend.messages.find(investigateId);
            return m == null ? null : MessageRenderer.details(m);
        });
    }

    /** @return investigate ids released from quarantine (by release calls or RELEASE bulk jobs), in order */
    public List<String> releasedIds() {
        return locked(() -> List.copyOf(backend.messages.releasedIds()));
    }

    /** @return every move performed, in order */
    public List<MovedMessage> moves() {
        return locked(() -> List.copyOf(backend.messages.moves()));
    }

    /** @return submissions as the API renders them, newest first */
    public List<Map<String, Object>> submissions() {
        return locked(() -> copies(backend.submissions.all()));
    }

    /** @return bulk jobs as BulkJobDetail, oldest first (their progress brought up to date) */
    public List<Map<String, Object>> bulkJobs() {
        return locked(() -> backend.bulkJobs.all().stream().map(BulkJob::render).toList());
    }

    /** @return PhishGuard reports as the API renders them */
    public List<Map<String, Object>> phishguardReports() {
        return locked(() -> copies(backend.phishguard.all()));
    }

    /**
     * @param resource the settings path segment, e.g. {@code allow_policies}, {@code domains}
     * @return its entries as the API renders them
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> settings(String resource) {
        return locked(() -> backend.settings(resource).all().stream()
                .map(n -> (Map<String, Object>) Json.MAPPER.convertValue(n, Map.class)).toList());
    }

    /**
     * @param resource the settings path segment
     * @param id an entry id
     * @return the entry's legacy integer alias, also accepted in place of the id
     */
    public String legacyIdOf(String resource, String id) {
        return locked(() -> backend.settings(resource).aliasOf(id));
    }

    /**
     * Adds messages scanned now (what one live tick does, deterministically).
     *
     * @param n how many
     * @return their investigate ids
     */
    public List<String> addMessages(int n) {
        return locked(() -> backend.addMessages(n));
    }

    /**
     * Changes a message's final disposition, as a back-end re-classification would.
     *
     * @param investigateId investigate or postfix id
     * @param newDisposition a DispositionLabel, e.g. {@code MALICIOUS}
     */
    public void reclassify(String investigateId, String newDisposition) {
        locked(() -> {
            backend.messages.reclassify(requireMessage(investigateId), newDisposition);
            return null;
        });
    }

    /**
     * Revises a PhishGuard report: its {@code updated_at} becomes now.
     *
     * @param id the report id
     */
    public void updatePhishguardReport(String id) {
        locked(() -> {
            backend.phishguard.touch(id);
            return null;
        });
    }

    /**
     * From now on, release and move to this recipient fail (release: {@code failed}; move: {@code success:false}).
     *
     * @param recipient an e-mail address
     */
    public void failDeliveryTo(String recipient) {
        locked(() -> backend.messages.failingRecipients().add(recipient));
    }

    /**
     * Completes a submission with an outcome; the message is re-classified when the outcome differs.
     *
     * @param submissionId the submission id
     * @param outcomeDisposition the outcome, e.g. {@code MALICIOUS} or {@code NONE}
     */
    public void setSubmissionOutcome(String submissionId, String outcomeDisposition) {
        locked(() -> {
            backend.completeSubmission(backend.submissions.require(submissionId), outcomeDisposition);
            return null;
        });
    }

    private StoredMessage requireMessage(String id) {
        StoredMessage m = backend.messages.find(id);
        if (m == null) {
            throw new IllegalArgumentException("no message " + id);
        }
        return m;
    }

    private static List<Map<String, Object>> copies(List<Map<String, Object>> source) {
        List<Map<String, Object>> out = new ArrayList<>();
        source.forEach(m -> out.add(Map.copyOf(nonNull(m))));
        return out;
    }

    private static Map<String, Object> nonNull(Map<String, Object> m) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }
}
