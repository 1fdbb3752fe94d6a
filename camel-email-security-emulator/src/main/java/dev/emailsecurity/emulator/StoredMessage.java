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
    final ArrayList<String> to = new ArrayList<>();
    final ArrayList<String> toName = new ArrayList<>();
    String subject;
    String body;
    Instant scannedAt;
    Instant sentAt;
    String disposition;
    final ArrayList<String> detectionReasons = new ArrayList<>();
    final ArrayList<String> threatCategories = new ArrayList<>();
    final ArrayList<Finding> findings = new ArrayList<>();
    final ArrayList<Attachment> attachments = new ArrayList<>();
    final ArrayList<Link> links = new ArrayList<>();
    String spf;
    String dkim;
    String dmarc;
    String senderIp;
    String asName;
    int asNumber;
    String geo;
    String deliveryMode;
    final ArrayList<String> deliveryStatus = new ArrayList<>();
    boolean quarantined;
    boolean phishSubmission;
    Set<String> postDeliveryOperations = new LinkedHashSet<>();
    List<Action> actionLog = new ArrayList<>();
    /** Bumped on every state change, so consumers can detect changes. */
    int version;

    boolean isDetection() {
        return disposition != null && !"NONE".equals(disposition);
    }

    /** Drops the spare capacity of the lists filled at creation (a seeded store holds up to millions). */
    void compact() {
        to.trimToSize();
        toName.trimToSize();
        detectionReasons.trimToSize();
        threatCategories.trimToSize();
        findings.trimToSize();
        attachments.trimToSize();
        links.trimToSize();
        deliveryStatus.trimToSize();
    }

    void touch() {
        version++;
    }
}
