package dev.emailsecurity.camel.operations;

/**
 * The allowed values of enumerated API parameters, as comma-separated constants so that they can be used both in
 * {@code @UriParam(enums = ...)} (which feeds the catalog) and in the validation done when an endpoint is created.
 */
public final class ParameterValues {

    public static final String DISPOSITIONS = "MALICIOUS,SUSPICIOUS,SPOOF,SPAM,BULK,NONE";
    public static final String MESSAGE_ACTIONS = "PREVIEW,QUARANTINE_RELEASED,MOVED";
    public static final String DELIVERY_STATUSES = "delivered,moved,quarantined,rejected,deferred,bounced,queued,"
                                                   + "move_failed";
    public static final String BULK_ACTIONS = "MOVE,RELEASE";
    public static final String SUBMISSION_TYPES = "TEAM,USER";
    /** Every {@code order} value of any list (the catalog's enum); each list allows its own subset, below. */
    public static final String ORDERS = "pattern,created_at,name,email,domain,submission_id,subject,"
                                        + "original_disposition,requested_disposition,outcome_disposition,requested_at";
    /** {@code order} of listAllowPolicies, listBlockedSenders, listTrustedDomains. */
    public static final String ORDERS_BY_PATTERN = "pattern,created_at";
    /** {@code order} of listDomains, listSendingDomainRestrictions. */
    public static final String ORDERS_BY_DOMAIN = "domain,created_at";
    /** {@code order} of listImpersonationRegistry. */
    public static final String ORDERS_BY_NAME_OR_EMAIL = "name,email,created_at";
    /** {@code order} of listContentPolicies. */
    public static final String ORDERS_BY_NAME = "name,created_at";
    /** {@code order} of listSubmissions (newest SDK). */
    public static final String SUBMISSION_ORDERS = "submission_id,subject,original_disposition,requested_disposition,"
                                                   + "outcome_disposition,requested_at";
    /** {@code status} of listDomains (newest SDK; the July 2026 spec had them in lower case). */
    public static final String DOMAIN_STATUSES = "PENDING,ACTIVE,FAILED,TIMEOUT";
    /** {@code status} of listBulkJobs (newest SDK). */
    public static final String BULK_JOB_STATUSES = "PENDING,DISCOVERING,PROCESSING,COMPLETED,FAILED,CANCELLED";
    /** {@code status} of listBulkJobMessages (newest SDK). */
    public static final String BULK_MESSAGE_STATUSES = "PENDING,PROCESSING,COMPLETED,FAILED,CANCELLED,SKIPPED";
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
