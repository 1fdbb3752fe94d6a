package dev.emailsecurity.camel;

import org.apache.camel.spi.Metadata;

/**
 * The headers the component reads and writes. Every API parameter option has a header of the same name (prefix
 * {@value #HEADER_PREFIX}, option name capitalised) that overrides the option for one message.
 */
public final class EmailSecurityConstants extends ApiParameterHeaders {

    public static final String HEADER_PREFIX = "CamelEmailSecurity";

    // --- read by the producer ---------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "The operation to invoke; overrides the operation in the endpoint URI.",
              javaType = "dev.emailsecurity.camel.operations.EmailSecurityOperation")
    public static final String OPERATION = HEADER_PREFIX + "Operation";
    @Metadata(label = "producer", description = "Overrides the maxResults option: the most items a list call returns.",
              javaType = "java.lang.Integer")
    public static final String MAX_RESULTS = HEADER_PREFIX + "MaxResults";

    // --- written by the producer ------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "The number of items in the body of a list result (not set with streamList).",
              javaType = "java.lang.Integer")
    public static final String RESULT_COUNT = HEADER_PREFIX + "ResultCount";
    @Metadata(label = "producer", description = "The number of API calls (pages) the list result took (not set with streamList).",
              javaType = "java.lang.Integer")
    public static final String PAGE_COUNT = HEADER_PREFIX + "PageCount";
    @Metadata(label = "producer",
              description = "The total number of items the API reports for a page-style list, when it reports one.",
              javaType = "java.lang.Long")
    public static final String TOTAL_COUNT = HEADER_PREFIX + "TotalCount";
    @Metadata(label = "producer",
              description = "searchMessages: the cursor of the next page, or absent when there is none (set the "
                            + "CamelEmailSecurityCursor header to it to continue).",
              javaType = "java.lang.String")
    public static final String NEXT_CURSOR = HEADER_PREFIX + "NextCursor";
    @Metadata(label = "producer",
              description = "Page-style lists: the number of the next page, or absent when there is none (set the "
                            + "CamelEmailSecurityPage header to it to continue).",
              javaType = "java.lang.Integer")
    public static final String NEXT_PAGE = HEADER_PREFIX + "NextPage";
    @Metadata(label = "producer",
              description = "Requests left in the current rate-limit window, as reported by the API's Ratelimit header.",
              javaType = "java.lang.Integer")
    public static final String RATE_LIMIT_REMAINING = HEADER_PREFIX + "RateLimitRemaining";
    @Metadata(label = "producer",
              description = "After an action on mail whose first attempt got no answer: the ids on which the component "
                            + "found (in the action log) that the action had already happened, so it did not send them "
                            + "again.",
              javaType = "java.util.List<String>")
    public static final String ALREADY_APPLIED_IDS = HEADER_PREFIX + "AlreadyAppliedIds";
    @Metadata(label = "producer", description = "The HTTP status code of the (last) API response.",
              javaType = "java.lang.Integer")
    public static final String HTTP_STATUS = HEADER_PREFIX + "HttpStatus";

    // --- actions on mail (moveMessage(s), releaseMessages, reclassifyMessage, createBulkJob) ----------------------

    @Metadata(label = "producer,action",
              description = "The messages to act on: a list (or comma-separated String) of investigate ids, or a list of "
                            + "MessageDetails; wins over the body.",
              javaType = "java.util.List")
    public static final String TARGET_IDS = HEADER_PREFIX + "TargetIds";
    @Metadata(label = "producer,action", description = "Overrides the dryRun option for one message.",
              javaType = "java.lang.Boolean")
    public static final String DRY_RUN = HEADER_PREFIX + "DryRun";
    @Metadata(label = "producer,action", description = "Overrides the expectedDisposition option for one message.",
              javaType = "java.lang.String")
    public static final String EXPECTED_DISPOSITION = HEADER_PREFIX + "ExpectedDisposition";
    @Metadata(label = "producer,action", description = "Overrides the destination option for one message.",
              javaType = "java.lang.String")
    public static final String DESTINATION = HEADER_PREFIX + "Destination";
    @Metadata(label = "producer,action", description = "The number of messages the action targeted.",
              javaType = "java.lang.Integer")
    public static final String ACTION_MESSAGES = HEADER_PREFIX + "ActionMessages";
    @Metadata(label = "producer,action",
              description = "The number of messages acted on for every recipient (in a dry run: 0).",
              javaType = "java.lang.Integer")
    public static final String ACTION_SUCCEEDED = HEADER_PREFIX + "ActionSucceeded";
    @Metadata(label = "producer,action",
              description = "The number of messages acted on for some recipients but not all.",
              javaType = "java.lang.Integer")
    public static final String ACTION_PARTIAL = HEADER_PREFIX + "ActionPartial";
    @Metadata(label = "producer,action",
              description = "The number of messages that failed (a recipient failed and none succeeded, or their call "
                            + "failed or was not sent).",
              javaType = "java.lang.Integer")
    public static final String ACTION_FAILED = HEADER_PREFIX + "ActionFailed";
    @Metadata(label = "producer,action",
              description = "The number of messages nothing was done to: skipped by the disposition guard, or no "
                            + "recipient to deliver to (not in quarantine).",
              javaType = "java.lang.Integer")
    public static final String ACTION_SKIPPED = HEADER_PREFIX + "ActionSkipped";
    @Metadata(label = "producer,action", description = "The number of recipients delivered to (release) or moved for (move).",
              javaType = "java.lang.Integer")
    public static final String ACTION_RECIPIENTS_DELIVERED = HEADER_PREFIX + "ActionRecipientsDelivered";
    @Metadata(label = "producer,action",
              description = "The number of recipients the API reported undelivered, or skipped by the disposition guard.",
              javaType = "java.lang.Integer")
    public static final String ACTION_RECIPIENTS_UNDELIVERED = HEADER_PREFIX + "ActionRecipientsUndelivered";
    @Metadata(label = "producer,action", description = "The number of recipients for which the action failed.",
              javaType = "java.lang.Integer")
    public static final String ACTION_RECIPIENTS_FAILED = HEADER_PREFIX + "ActionRecipientsFailed";
    @Metadata(label = "producer,action", description = "The number of mutating API calls the action made (0 in a dry run).",
              javaType = "java.lang.Integer")
    public static final String ACTION_CALLS = HEADER_PREFIX + "ActionCalls";
    @Metadata(label = "producer,action", description = "createBulkJob: the id of the job created.",
              javaType = "java.lang.String")
    public static final String BULK_JOB_ID = HEADER_PREFIX + "BulkJobId";
    @Metadata(label = "producer,action",
              description = "createBulkJob: the job's status when the producer returned (a terminal status with "
                            + "waitForCompletion).",
              javaType = "java.lang.String")
    public static final String BULK_JOB_STATUS = HEADER_PREFIX + "BulkJobStatus";
    @Metadata(label = "producer,action",
              description = "createBulkJob with waitForCompletion: true when the job did not end within jobTimeout and "
                            + "was cancelled.",
              javaType = "java.lang.Boolean")
    public static final String BULK_JOB_TIMED_OUT = HEADER_PREFIX + "BulkJobTimedOut";

    // --- written by the consumer ------------------------------------------------------------------------------

    @Metadata(label = "consumer", description = "The stable id of the item (message id, submission id, report id or "
                                                + "settings entry id).", javaType = "java.lang.String")
    public static final String ID = HEADER_PREFIX + "Id";
    @Metadata(label = "consumer", description = "A hash of the fields of the item that change detection watches; "
                                                + "(id, version) identifies one state of one item.",
              javaType = "java.lang.String")
    public static final String VERSION = HEADER_PREFIX + "Version";
    @Metadata(label = "consumer", description = "The item's timestamp (a message's scanned_at, a submission's "
                                                + "requested_at, a report's created_at), ISO-8601.",
              javaType = "java.lang.String")
    public static final String TIMESTAMP = HEADER_PREFIX + "Timestamp";
    @Metadata(label = "consumer", description = "Absent on the first emission of an item. On a re-emission, what "
                                                + "changed, comma separated (disposition, quarantine, "
                                                + "postDeliveryOperations, status, outcome, updatedAt); for a settings "
                                                + "watch: created, updated or deleted.",
              javaType = "java.lang.String")
    public static final String CHANGE = HEADER_PREFIX + "Change";

    private EmailSecurityConstants() {
    }
}
