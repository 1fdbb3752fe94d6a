package dev.emailsecurity.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The emulator's mutable record of one processed message (rendered by {@link MessageRenderer}). */
final class StoredMessage {

    /** An attachment seen by the scanner. */
    record Attachment(String filename, String contentType, int size, String detection, String md5, String sha1,
            String sha256) {
    }

    /** A link found in the body. */
    record Link(String href, String text) {
    }

    /** A detection finding. */
    record Finding(String name, String detail, String detection, double score, String field, String value) {
    }

    /** One post-delivery action on the message (action_log). */
    record Action(String operation, String status, boolean success, Instant startedAt, Instant completedAt,
            String folder, String requestedBy) {
    }

    String id;
    String postfixId;
    String messageId;
    String alertId;
    String edfHash;
    String from;
    String fromName;
    String senderDomain;
    List<String> to = new ArrayList<>();
    List<String> toName = new ArrayList<>();
    String subject;
    String body;
    Instant scannedAt;
    Instant sentAt;
    String disposition;
    List<String> detectionReasons = new ArrayList<>();
    List<String> threatCategories = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    List<Attachment> attachments = new ArrayList<>();
    List<Link> links = new ArrayList<>();
    String spf;
    String dkim;
    String dmarc;
    String senderIp;
    String asName;
    int asNumber;
    String geo;
    String deliveryMode;
    List<String> deliveryStatus = new ArrayList<>();
    boolean quarantined;
    boolean phishSubmission;
    Set<String> postDeliveryOperations = new LinkedHashSet<>();
    List<Action> actionLog = new ArrayList<>();
    /** Bumped on every state change, so consumers can detect changes. */
    int version;

    boolean isDetection() {
        return disposition != null && !"NONE".equals(disposition);
    }

    void touch() {
        version++;
    }
}
