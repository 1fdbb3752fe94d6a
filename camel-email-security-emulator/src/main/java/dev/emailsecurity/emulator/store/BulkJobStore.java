package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Bulk jobs and their progress: each job spends one step each in PENDING, DISCOVERING and PROCESSING, then
 * applies its action to every target and becomes COMPLETED. Progress is computed from the clock whenever the
 * emulator handles a call, so no background thread is needed. Guarded by the backend lock.
 */
public final class BulkJobStore {

    private final MessageStore messages;
    private final Supplier<UUID> ids;
    private final Map<String, BulkJob> jobs = new LinkedHashMap<>();
    private Duration step;

    BulkJobStore(MessageStore messages, Supplier<UUID> ids, Duration step) {
        this.messages = messages;
        this.ids = ids;
        this.step = step;
    }

    public void setStep(Duration step) {
        this.step = step;
    }

    public BulkJob create(JsonNode request, Instant now) {
        if ("MOVE".equals(Json.text(request, "action")) && Json.text(request, "destination") == null) {
            throw SettingsRules.invalid("/destination", "destination: is required when action is MOVE");
        }
        SearchCriteria criteria = SearchCriteria.fromJson(request.path("search_params"), now);
        BulkJob job = new BulkJob(ids.get().toString(), request, now);
        for (StoredMessage m : messages.search(criteria)) {
            for (String recipient : m.to) {
                job.targets.add(new BulkJob.Target(ids.get().toString(), m, recipient));
            }
        }
        jobs.put(job.jobId, job);
        return job;
    }

    public BulkJob require(String jobId) {
        BulkJob job = jobs.get(jobId);
        if (job == null) {
            throw ApiException.notFound("Bulk job", jobId);
        }
        return job;
    }

    public List<BulkJob> list(String actionType, String status) {
        List<BulkJob> out = new ArrayList<>();
        for (BulkJob job : jobs.values()) {
            if ((actionType == null || actionType.equals(job.action)) && (status == null || status.equals(job.status))) {
                out.add(0, job);
            }
        }
        return out;
    }

    public List<BulkJob> all() {
        return new ArrayList<>(jobs.values());
    }

    public BulkJob cancel(String jobId, Instant now) {
        BulkJob job = require(jobId);
        if (job.terminal()) {
            throw ApiException.conflict("Bulk job " + jobId + " is already " + job.status);
        }
        job.status = "CANCELLED";
        job.statusMessage = "Cancelled by request";
        job.completedAt = now;
        job.targets.stream().filter(t -> "PENDING".equals(t.status)).forEach(t -> t.status = "CANCELLED");
        return job;
    }

    public Map<String, Object> delete(String jobId) {
        BulkJob job = require(jobId);
        if (!job.terminal()) {
            throw ApiException.conflict("Bulk job " + jobId + " is " + job.status
                    + "; only COMPLETED, CANCELLED, FAILED or SKIPPED jobs can be deleted");
        }
        jobs.remove(jobId);
        return Map.of("id", jobId);
    }

    /** Moves every running job forward to where the clock says it should be. */
    void advance(Instant now) {
        for (BulkJob job : jobs.values()) {
            if (job.terminal()) {
                continue;
            }
            long steps = Duration.between(job.createdAt, now).toMillis() / Math.max(1, step.toMillis());
            if (steps >= 1 && job.startedAt == null) {
                job.startedAt = job.createdAt.plus(step);
            }
            if (steps >= 3) {
                finish(job, now);
            } else {
                job.status = steps >= 2 ? "PROCESSING" : steps >= 1 ? "DISCOVERING" : "PENDING";
            }
        }
    }

    private void finish(BulkJob job, Instant now) {
        Map<StoredMessage, List<BulkJob.Target>> byMessage = new LinkedHashMap<>();
        job.targets.forEach(t -> byMessage.computeIfAbsent(t.message, k -> new ArrayList<>()).add(t));
        for (Map.Entry<StoredMessage, List<BulkJob.Target>> e : byMessage.entrySet()) {
            Map<String, String> outcome = "RELEASE".equals(job.action) ? released(e.getKey())
                    : moved(e.getKey(), job.destination, job.expectedDisposition);
            for (BulkJob.Target t : e.getValue()) {
                t.status = outcome.getOrDefault(t.recipient, "SKIPPED");
                t.statusMessage = "COMPLETED".equals(t.status) ? null : "recipient " + t.recipient + ": "
                        + t.status.toLowerCase();
                t.processedAt = now;
            }
        }
        job.status = "COMPLETED";
        job.completedAt = now;
        job.statusMessage = job.targets.size() + " message(s) processed";
    }

    private Map<String, String> released(StoredMessage m) {
        Map<String, Object> r = messages.release(m);
        Map<String, String> out = new LinkedHashMap<>();
        Json.strings(Json.toNode(r.get("delivered"))).forEach(x -> out.put(x, "COMPLETED"));
        Json.strings(Json.toNode(r.get("failed"))).forEach(x -> out.put(x, "FAILED"));
        return out;
    }

    private Map<String, String> moved(StoredMessage m, String destination, String expected) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, Object> item : messages.move(m, destination, expected)) {
            boolean ok = Boolean.TRUE.equals(item.get("success"));
            String status = (String) item.get("status");
            out.put((String) item.get("recipient"), ok ? "COMPLETED" : status.startsWith("skipped") ? "SKIPPED"
                    : "FAILED");
        }
        return out;
    }
}
