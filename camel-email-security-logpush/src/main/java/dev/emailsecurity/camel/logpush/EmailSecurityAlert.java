package dev.emailsecurity.camel.logpush;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import dev.emailsecurity.camel.model.MessageDetails;

/**
 * One detection as the Logpush dataset {@code email_security_alerts} names its fields; the body of every exchange of
 * the {@code email-security-logpush} consumer, pushed or polled. A polled detection is mapped from the API's
 * {@link MessageDetails} (kept in {@link #getMessage()}); fields the dataset gains later are kept in
 * {@link #getOther()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder(alphabetic = true)
public class EmailSecurityAlert {

    @JsonProperty("AlertID")
    private String alertId;
    @JsonProperty("AlertReasons")
    private List<String> alertReasons;
    @JsonProperty("Attachments")
    private List<Object> attachments;
    @JsonProperty("CC")
    private List<String> cc;
    @JsonProperty("FinalDisposition")
    private String finalDisposition;
    @JsonProperty("From")
    private String from;
    @JsonProperty("Links")
    private List<Object> links;
    @JsonProperty("MessageDeliveryMode")
    private String messageDeliveryMode;
    @JsonProperty("MessageID")
    private String messageId;
    @JsonProperty("Origin")
    private String origin;
    @JsonProperty("OriginalSender")
    private String originalSender;
    @JsonProperty("ReplyTo")
    private String replyTo;
    @JsonProperty("SMTPEnvelopeFrom")
    private String smtpEnvelopeFrom;
    @JsonProperty("SMTPEnvelopeTo")
    private List<String> smtpEnvelopeTo;
    @JsonProperty("SMTPHeloServerIP")
    private String smtpHeloServerIp;
    @JsonProperty("SMTPHeloServerIPAsName")
    private String smtpHeloServerIpAsName;
    @JsonProperty("SMTPHeloServerIPAsNumber")
    private String smtpHeloServerIpAsNumber;
    @JsonProperty("SMTPHeloServerIPGeo")
    private String smtpHeloServerIpGeo;
    @JsonProperty("Subject")
    private String subject;
    @JsonProperty("ThreatCategories")
    private List<String> threatCategories;
    @JsonProperty("Timestamp")
    private String timestamp;
    @JsonProperty("To")
    private List<String> to;
    private final Map<String, Object> other = new LinkedHashMap<>();
    private MessageDetails message;

    /** The alert of a polled detection: the dataset's fields the API's MessageDetails carries. */
    public static EmailSecurityAlert of(MessageDetails m) {
        EmailSecurityAlert a = new EmailSecurityAlert();
        a.alertId = m.getAlertId();
        a.alertReasons = copy(m.getDetectionReasons());
        a.finalDisposition = m.getFinalDisposition();
        a.from = m.getFrom();
        a.messageDeliveryMode = m.getDeliveryMode();
        a.messageId = m.getMessageId();
        a.originalSender = m.getEnvelopeFrom();
        a.replyTo = m.getReplyto();
        a.smtpEnvelopeFrom = m.getEnvelopeFrom();
        a.smtpEnvelopeTo = copy(m.getEnvelopeTo());
        a.smtpHeloServerIp = m.getSmtpHeloServerIp();
        a.subject = m.getSubject();
        a.threatCategories = copy(m.getThreatCategories());
        a.timestamp = m.getTs();
        a.to = copy(m.getTo());
        a.message = m;
        return a;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : new ArrayList<>(list);
    }

    public String getAlertId() {
        return alertId;
    }

    public void setAlertId(String alertId) {
        this.alertId = alertId;
    }

    public List<String> getAlertReasons() {
        return alertReasons;
    }

    public void setAlertReasons(List<String> alertReasons) {
        this.alertReasons = alertReasons;
    }

    public List<Object> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Object> attachments) {
        this.attachments = attachments;
    }

    public List<String> getCc() {
        return cc;
    }

    public void setCc(List<String> cc) {
        this.cc = cc;
    }

    public String getFinalDisposition() {
        return finalDisposition;
    }

    public void setFinalDisposition(String finalDisposition) {
        this.finalDisposition = finalDisposition;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public List<Object> getLinks() {
        return links;
    }

    public void setLinks(List<Object> links) {
        this.links = links;
    }

    public String getMessageDeliveryMode() {
        return messageDeliveryMode;
    }

    public void setMessageDeliveryMode(String messageDeliveryMode) {
        this.messageDeliveryMode = messageDeliveryMode;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getOriginalSender() {
        return originalSender;
    }

    public void setOriginalSender(String originalSender) {
        this.originalSender = originalSender;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public String getSmtpEnvelopeFrom() {
        return smtpEnvelopeFrom;
    }

    public void setSmtpEnvelopeFrom(String smtpEnvelopeFrom) {
        this.smtpEnvelopeFrom = smtpEnvelopeFrom;
    }

    public List<String> getSmtpEnvelopeTo() {
        return smtpEnvelopeTo;
    }

    public void setSmtpEnvelopeTo(List<String> smtpEnvelopeTo) {
        this.smtpEnvelopeTo = smtpEnvelopeTo;
    }

    public String getSmtpHeloServerIp() {
        return smtpHeloServerIp;
    }

    public void setSmtpHeloServerIp(String smtpHeloServerIp) {
        this.smtpHeloServerIp = smtpHeloServerIp;
    }

    public String getSmtpHeloServerIpAsName() {
        return smtpHeloServerIpAsName;
    }

    public void setSmtpHeloServerIpAsName(String smtpHeloServerIpAsName) {
        this.smtpHeloServerIpAsName = smtpHeloServerIpAsName;
    }

    public String getSmtpHeloServerIpAsNumber() {
        return smtpHeloServerIpAsNumber;
    }

    public void setSmtpHeloServerIpAsNumber(String smtpHeloServerIpAsNumber) {
        this.smtpHeloServerIpAsNumber = smtpHeloServerIpAsNumber;
    }

    public String getSmtpHeloServerIpGeo() {
        return smtpHeloServerIpGeo;
    }

    public void setSmtpHeloServerIpGeo(String smtpHeloServerIpGeo) {
        this.smtpHeloServerIpGeo = smtpHeloServerIpGeo;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public List<String> getThreatCategories() {
        return threatCategories;
    }

    public void setThreatCategories(List<String> threatCategories) {
        this.threatCategories = threatCategories;
    }

    public String getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(String timestamp) {
        this.timestamp = timestamp;
    }

    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = to;
    }

    /** Fields of the dataset this model does not name (newer ones). */
    @JsonAnyGetter
    public Map<String, Object> getOther() {
        return other;
    }

    @JsonAnySetter
    public void setOther(String name, Object value) {
        other.put(name, value);
    }

    /**
     * The API's details of the alert's message: the polled item, or the result of enrichment ({@code enrich});
     * null for a pushed alert without enrichment.
     */
    @JsonIgnore
    public MessageDetails getMessage() {
        return message;
    }

    @JsonIgnore
    public void setMessage(MessageDetails message) {
        this.message = message;
    }

    @Override
    public String toString() {
        return "EmailSecurityAlert[" + alertId + " " + finalDisposition + " " + timestamp + "]";
    }
}
