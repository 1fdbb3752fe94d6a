package dev.emailsecurity.camel.logpush;

import org.apache.camel.spi.Metadata;

/** The headers of the {@code email-security-logpush} consumer's exchanges. */
public final class EmailSecurityLogpushConstants {

    @Metadata(label = "consumer", description = "Which side delivered the alert first: `push` (a Logpush batch) or "
                                                + "`poll` (the API's search of detections).",
              javaType = "java.lang.String", enums = "push,poll")
    public static final String SOURCE = "CamelEmailSecuritySource";
    @Metadata(label = "consumer", description = "The alert's id (`AlertID` in Logpush, `alert_id` in the API); each "
                                                + "comes out once. It is also the searchMessages filter header, so a "
                                                + "searchMessages step after the consumer finds this alert's message.",
              javaType = "java.lang.String")
    public static final String ALERT_ID = "CamelEmailSecurityAlertId";
    @Metadata(label = "consumer", description = "The alert's detection time (`Timestamp`), as the sender wrote it.",
              javaType = "java.lang.String")
    public static final String TIMESTAMP = "CamelEmailSecurityTimestamp";

    @Metadata(label = "consumer", description = "With enrich=detections or enrich=trace: the message's "
                                                + "MessageDetectionDetails or MessageTrace (the message details are in "
                                                + "the body's message property).",
              javaType = "java.lang.Object")
    public static final String ENRICHMENT = "CamelEmailSecurityEnrichment";

    private EmailSecurityLogpushConstants() {
    }
}
