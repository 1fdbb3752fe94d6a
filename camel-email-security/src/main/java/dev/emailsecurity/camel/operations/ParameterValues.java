package dev.emailsecurity.camel.operations;

/**
 * The allowed values of enumerated API parameters, as comma-separated constants so that they can be used both in
 * {@code @UriParam(enums = ...)} (which feeds the catalog) and in the validation done when an endpoint is created.
 */
public final class ParameterValues {

    public static final String DISPOSITIONS = "MALICIOUS,SUSPICIOUS,SPOOF,SPAM,BULK,NONE";
    public static final String MESSAGE_ACTIONS = "PREVIEW,QUARANTINE_RELEASED,MOVED";
    public static final String DELIVERY_STATUSES = "delivered,moved,quarantined,rejected,deferred,bounced,queued";
    public static final String BULK_ACTIONS = "MOVE,RELEASE";
    public static final String SUBMISSION_TYPES = "TEAM,USER";
    public static final String ORDERS = "pattern,created_at,name,email,domain";
    public static final String DIRECTIONS = "asc,desc";
    public static final String PATTERN_TYPES = "EMAIL,DOMAIN,IP,UNKNOWN";
    public static final String DELIVERY_MODES = "DIRECT,BCC,JOURNAL,API,RETRO_SCAN";
    public static final String DISPOSITION_LABELS = "MALICIOUS,MALICIOUS-BEC,SUSPICIOUS,SPOOF,SPAM,BULK,ENCRYPTED,"
                                                    + "EXTERNAL,UNKNOWN,NONE";
    public static final String MAILBOX_DESTINATIONS = "Inbox,JunkEmail,DeletedItems,RecoverableItemsDeletions,"
                                                      + "RecoverableItemsPurges";
    public static final String PROVENANCES = "A1S_INTERNAL,SNOOPY-CASB_OFFICE_365,SNOOPY-OFFICE_365,SNOOPY-GOOGLE_DIRECTORY";

    private ParameterValues() {
    }
}
