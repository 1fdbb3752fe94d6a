package dev.emailsecurity.camel.format;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import dev.emailsecurity.camel.model.Attachment;
import dev.emailsecurity.camel.model.MessageDetectionDetails;

/** What a disposition means for the formats: severity, whether it is a detection, the ATT&CK technique. */
final class Verdict {

    /** MITRE ATT&CK Initial Access / Phishing, and the sub-technique when an attachment or link carries it. */
    record Technique(String tacticId, String tacticName, String techniqueId, String techniqueName, String subId,
                     String subName) {
    }

    private Verdict() {
    }

    /** OCSF severity_id (1 Informational .. 4 High); ECS event.severity uses the same numbers. */
    static int severityId(String disposition) {
        if (disposition == null) {
            return 1;
        }
        return switch (disposition) {
            case "MALICIOUS", "MALICIOUS-BEC" -> 4;
            case "SUSPICIOUS", "SPOOF" -> 3;
            case "SPAM" -> 2;
            default -> 1;
        };
    }

    static String severityName(int id) {
        return switch (id) {
            case 4 -> "High";
            case 3 -> "Medium";
            case 2 -> "Low";
            default -> "Informational";
        };
    }

    static boolean isThreat(String disposition) {
        return severityId(disposition) >= 3;
    }

    static Technique technique(String disposition, MessageDetectionDetails detections) {
        if (!isThreat(disposition)) {
            return null;
        }
        boolean badAttachment = detections != null && detections.getAttachments() != null
                                && detections.getAttachments().stream().map(Attachment::getDetection)
                                        .anyMatch(Verdict::isThreat);
        boolean links = detections != null && detections.getLinks() != null && !detections.getLinks().isEmpty();
        String subId = badAttachment ? "T1566.001" : links ? "T1566.002" : null;
        String subName = badAttachment ? "Spearphishing Attachment" : links ? "Spearphishing Link" : null;
        return new Technique("TA0001", "Initial Access", "T1566", "Phishing", subId, subName);
    }

    /** Epoch milliseconds of an ISO-8601 time, or null when absent or unreadable. */
    static Long epochMillis(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(iso).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(iso).toEpochMilli();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
