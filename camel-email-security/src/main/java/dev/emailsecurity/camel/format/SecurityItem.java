package dev.emailsecurity.camel.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.EmailSecurityEndpoint;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.model.PhishGuardReport;
import dev.emailsecurity.camel.model.Submission;
import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;

/**
 * One item to write in a standard format: a message (search result or details, optionally with its detection
 * details), a submission or a PhishGuard report, with the identity the consumer gave it (id, version, change).
 * Build it with {@link #of(Object, MessageDetectionDetails, String)}, which fills the identity from the item.
 *
 * @param kind        what kind of item it is
 * @param model       the {@link MessageDetails}, {@link Submission} or {@link PhishGuardReport}
 * @param detections  the detection details of the message, when the exchange carried them (null for other kinds)
 * @param id          the item's id
 * @param version     the consumer's version of the item, or a hash of its content outside a consumer
 * @param change      what changed since the item was first emitted (the consumer's header), or null for a new item
 * @param timestamp   the item's timestamp, ISO-8601
 * @param accountId   the account the item belongs to, or null when not known
 */
public record SecurityItem(Kind kind, Object model, MessageDetectionDetails detections, String id, String version,
                           String change, String timestamp, String accountId) {

    /**
     * Exchange property holding the {@link MessageDetectionDetails} of the message in the body (for example the
     * result of {@code getDetections} kept with {@code setProperty}); links, attachments and sender details then
     * reach the formats too.
     */
    public static final String DETECTIONS_PROPERTY = "CamelEmailSecurityDetections";

    /** What kind of item it is; the CloudEvents type names it. */
    public enum Kind {
        MESSAGE("message", MessageDetails.class),
        SUBMISSION("submission", Submission.class),
        REPORT("phishguard-report", PhishGuardReport.class);

        private final String eventName;
        private final Class<?> modelType;

        Kind(String eventName, Class<?> modelType) {
            this.eventName = eventName;
            this.modelType = modelType;
        }

        public String eventName() {
            return eventName;
        }
    }

    /** Refuses a model that is not of the kind; drops detections from an item that is not a message. */
    public SecurityItem {
        Objects.requireNonNull(kind, "kind");
        if (!kind.modelType.isInstance(model)) {
            throw new IllegalArgumentException("A " + kind.eventName + " item takes a " + kind.modelType.getSimpleName()
                                               + ", not " + (model == null ? "null" : model.getClass().getName()));
        }
        detections = kind == Kind.MESSAGE ? detections : null;
    }

    /** A message, submission or report without consumer headers (version derived from its content). */
    public static SecurityItem of(Object model, MessageDetectionDetails detections, String accountId) {
        return of(model, detections, null, null, null, null, accountId);
    }

    static SecurityItem of(Object model, MessageDetectionDetails detections, String id, String version,
                           String change, String timestamp, String accountId) {
        Kind kind;
        String ownId;
        String ownTime;
        if (model instanceof MessageDetails m) {
            kind = Kind.MESSAGE;
            ownId = m.getId() != null ? m.getId() : m.getPostfixId();
            ownTime = m.getScannedAt() != null ? m.getScannedAt() : m.getTs();
        } else if (model instanceof Submission s) {
            kind = Kind.SUBMISSION;
            ownId = s.getSubmissionId();
            ownTime = s.getRequestedAt() != null ? s.getRequestedAt() : s.getRequestedTs();
        } else if (model instanceof PhishGuardReport r) {
            kind = Kind.REPORT;
            ownId = r.getId();
            ownTime = r.getCreatedAt() != null ? r.getCreatedAt() : r.getTs();
        } else {
            throw new IllegalArgumentException("The email-security data types take a MessageDetails, Submission or "
                                               + "PhishGuardReport body, not "
                                               + (model == null ? "null" : model.getClass().getName()));
        }
        return new SecurityItem(kind, model, detections,
                id != null ? id : ownId, version != null ? version : contentVersion(model, detections), change,
                timestamp != null ? timestamp : ownTime, accountId);
    }

    /** The item in a Camel message: the body, the consumer's headers, the detections property. */
    static SecurityItem of(Message message) throws InvalidPayloadException {
        Exchange exchange = message.getExchange();
        Object body = message.getBody();
        if (!(body instanceof MessageDetails || body instanceof Submission || body instanceof PhishGuardReport)) {
            throw new InvalidPayloadException(exchange, MessageDetails.class, message,
                    new IllegalArgumentException("The email-security data types take a MessageDetails, Submission or "
                                                 + "PhishGuardReport body (from email-security:searchMessages, "
                                                 + "getMessage, listSubmissions or listPhishguardReports)"));
        }
        MessageDetectionDetails detections = exchange.getProperty(DETECTIONS_PROPERTY, MessageDetectionDetails.class);
        return of(body, detections, message.getHeader(EmailSecurityConstants.ID, String.class),
                message.getHeader(EmailSecurityConstants.VERSION, String.class),
                message.getHeader(EmailSecurityConstants.CHANGE, String.class),
                message.getHeader(EmailSecurityConstants.TIMESTAMP, String.class), accountOf(exchange));
    }

    private static String accountOf(Exchange exchange) {
        if (exchange.getFromEndpoint() instanceof EmailSecurityEndpoint endpoint) {
            return endpoint.getConfiguration().getAccountId();
        }
        return exchange.getContext().hasComponent("email-security") instanceof EmailSecurityComponent c
                ? c.getConfiguration().getAccountId() : null;
    }

    private static String contentVersion(Object model, MessageDetectionDetails detections) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(JsonCodec.toBytes(model));
            if (detections != null) {
                digest.update(JsonCodec.toBytes(detections));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message, or null for a submission or report. */
    public MessageDetails message() {
        return model instanceof MessageDetails m ? m : null;
    }

    public boolean isChange() {
        return change != null && !change.isBlank();
    }

    /** The disposition the API gave, upper case, or null. */
    String disposition() {
        String d = switch (kind) {
            case MESSAGE -> message().getFinalDisposition();
            case SUBMISSION -> ((Submission) model).getOutcomeDisposition() != null
                    ? ((Submission) model).getOutcomeDisposition() : ((Submission) model).getRequestedDisposition();
            case REPORT -> ((PhishGuardReport) model).getDisposition();
        };
        return d == null ? null : d.toUpperCase(Locale.ROOT);
    }
}
