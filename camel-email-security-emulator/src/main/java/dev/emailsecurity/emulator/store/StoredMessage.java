package dev.emailsecurity.emulator.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The emulator's mutable record of one processed message (rendered by the render package). */
public final class StoredMessage {

    /** An attachment seen by the scanner. */
    public record Attachment(String filename, String contentType, int size, String detection, String md5, String sha1,
            String sha256) {
    }

    /** A link found in the body. */
    public record Link(String href, String text) {
    }

    /** A detection finding. */
    public record Finding(String name, String detail, String detection, double score, String field, String value) {
    }

    /** One post-delivery action on the message (action_log). */
    public record Action(String operation, String status, boolean success, Instant startedAt, Instant completedAt,
            String folder, String requestedBy) {
    }

    public String id;
    public String postfixId;
    public String messageId;
    public String alertId;
    public String edfHash;
    public String from;
    public String fromName;
    public String senderDomain;
    public final ArrayList<String> to = new ArrayList<>();
    public final ArrayList<String> toName = new ArrayList<>();
    public String subject;
    public String body;
    public Instant scannedAt;
    public Instant sentAt;
    public String disposition;
    public final ArrayList<String> detectionReasons = new ArrayList<>();
    public final ArrayList<String> threatCategories = new ArrayList<>();
    public final ArrayList<Finding> findings = new ArrayList<>();
    public final ArrayList<Attachment> attachments = new ArrayList<>();
    public final ArrayList<Link> links = new ArrayList<>();
    public String spf;
    public String dkim;
    public String dmarc;
    public String senderIp;
    public String asName;
    public int asNumber;
    public String geo;
    public String deliveryMode;
    public final ArrayList<String> deliveryStatus = new ArrayList<>();
    public boolean quarantined;
    public boolean phishSubmission;
    public Set<String> postDeliveryOperations = new LinkedHashSet<>();
    public List<Action> actionLog = new ArrayList<>();
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
