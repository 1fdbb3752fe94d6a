package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A bulk MOVE/RELEASE job over the messages its search matched, one target per (message, recipient). */
public final class BulkJob {

    /** One message/recipient the job acts on. */
    public static final class Target {
        final String messageUuid;
        final StoredMessage message;
        final String recipient;
        public String status = "PENDING";
        String statusMessage;
        Instant processedAt;

        Target(String messageUuid, StoredMessage message, String recipient) {
            this.messageUuid = messageUuid;
            this.message = message;
            this.recipient = recipient;
        }
    }

    final String jobId;
    final String action;
    final String destination;
    final String expectedDisposition;
    final String comment;
    final JsonNode searchParams;
    final Instant createdAt;
    public final List<Target> targets = new ArrayList<>();
    public String status = "PENDING";
    String statusMessage;
    Instant startedAt;
    Instant completedAt;

    BulkJob(String jobId, JsonNode request, Instant createdAt) {
        this.jobId = jobId;
        this.action = Json.text(request, "action");
        this.destination = Json.text(request, "destination");
        this.expectedDisposition = Json.text(request, "expected_disposition");
        this.comment = Json.text(request, "comment");
        this.searchParams = request.path("search_params");
        this.createdAt = createdAt;
    }

    boolean terminal() {
        return switch (status) {
            case "COMPLETED", "FAILED", "CANCELLED", "SKIPPED" -> true;
            default -> false;
        };
    }

    long count(String targetStatus) {
        return targets.stream().filter(t -> t.status.equals(targetStatus)).count();
    }

    public Map<String, Object> render() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("job_id", jobId);
        d.put("action_type", action);
        d.put("action_params", actionParams(null));
        d.put("comment", comment);
        d.put("created_at", Json.time(createdAt));
        d.put("started_at", Json.time(startedAt));
        d.put("completed_at", Json.time(completedAt));
        d.put("status", status);
        d.put("status_message", statusMessage);
        boolean discovered = !"PENDING".equals(status) && !("CANCELLED".equals(status) && startedAt == null);
        d.put("total_messages_discovered", discovered ? targets.size() : 0);
        d.put("messages_successful", count("COMPLETED"));
        d.put("messages_failed", count("FAILED"));
        d.put("messages_pending", count("PENDING"));
        d.put("messages_cancelled", count("CANCELLED"));
        d.put("messages_skipped", count("SKIPPED"));
        d.put("search_params", searchParams);
        return d;
    }

    public Map<String, Object> renderTarget(Target t) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("message_id", t.messageUuid);
        d.put("postfix_id", t.message.postfixId);
        d.put("email_message_id", t.message.messageId);
        d.put("alert_id", t.message.alertId);
        d.put("action_type", action);
        d.put("action_params", actionParams(t.recipient));
        d.put("created_at", Json.time(createdAt));
        d.put("processed_at", Json.time(t.processedAt));
        d.put("retry_after", null);
        d.put("retry_count", 0);
        d.put("status", t.status);
        d.put("status_message", t.statusMessage);
        return d;
    }

    private Map<String, Object> actionParams(String recipient) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", action);
        if ("MOVE".equals(action)) {
            p.put("destination", destination);
            if (expectedDisposition != null) {
                p.put("expected_disposition", expectedDisposition);
            }
        }
        if (recipient != null) {
            p.put("client_recipient", recipient);
        }
        return p;
    }
}
