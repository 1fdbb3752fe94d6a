package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The header view of a message as the investigation search returns it: the RFC 5322 fields From, To, Subject,
 * Reply-To, Message-ID and Date, and the originating IP. The base of {@link MessageDetails}, which adds the SMTP
 * envelope and the verdict. {@code from} is the header From as sent, which may carry a display name; the bare
 * address of the sender is {@link MessageDetails#getEnvelopeFrom()}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class MessageHeaderFields {

    @JsonProperty("from")
    private String from;

    @JsonProperty("from_name")
    private String fromName;

    @JsonProperty("message_id")
    private String messageId;

    @JsonProperty("replyto")
    private String replyto;

    @JsonProperty("sent_at")
    private String sentAt;

    @JsonProperty("sent_date")
    private String sentDate;

    @JsonProperty("subject")
    private String subject;

    @JsonProperty("to")
    private List<String> to;

    @JsonProperty("to_name")
    private List<String> toName;

    @JsonProperty("x_originating_ip")
    private String xOriginatingIp;

    /**
     * Header From as sent, which may carry a display name ({@code PayPal <billing@paypal.example>}); nullable. The
     * bare address of the sender is {@link MessageDetails#getEnvelopeFrom()}.
     */
    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    /** Header From display name; nullable. */
    public String getFromName() {
        return fromName;
    }

    public void setFromName(String fromName) {
        this.fromName = fromName;
    }

    /** RFC 5322 Message-ID; nullable. */
    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    /** Reply-To address; nullable. */
    public String getReplyto() {
        return replyto;
    }

    public void setReplyto(String replyto) {
        this.replyto = replyto;
    }

    /** When the message was sent (UTC); nullable. */
    public String getSentAt() {
        return sentAt;
    }

    public void setSentAt(String sentAt) {
        this.sentAt = sentAt;
    }

    /** Send date as sent by the API, without a declared format; nullable. Prefer {@link #getSentAt()}. */
    public String getSentDate() {
        return sentDate;
    }

    public void setSentDate(String sentDate) {
        this.sentDate = sentDate;
    }

    /** Subject; nullable. */
    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    /** Header To addresses; nullable. */
    public List<String> getTo() {
        return to;
    }

    public void setTo(List<String> to) {
        this.to = to;
    }

    /** Header To display names; nullable. */
    public List<String> getToName() {
        return toName;
    }

    public void setToName(List<String> toName) {
        this.toName = toName;
    }

    /** X-Originating-IP header value; nullable. */
    @JsonProperty("x_originating_ip")
    public String getXOriginatingIp() {
        return xOriginatingIp;
    }

    @JsonProperty("x_originating_ip")
    public void setXOriginatingIp(String xOriginatingIp) {
        this.xOriginatingIp = xOriginatingIp;
    }
}
