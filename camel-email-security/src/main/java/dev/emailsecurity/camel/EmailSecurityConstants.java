package dev.emailsecurity.camel;

import org.apache.camel.spi.Metadata;

/**
 * The headers the component reads and writes. Every API parameter option has a header of the same name (prefix
 * {@value #HEADER_PREFIX}, option name capitalised) that overrides the option for one message.
 */
public final class EmailSecurityConstants {

    public static final String HEADER_PREFIX = "CamelEmailSecurity";

    // --- read by the producer ---------------------------------------------------------------------------------

    @Metadata(label = "producer", description = "The operation to invoke; overrides the operation in the endpoint URI.",
              javaType = "dev.emailsecurity.camel.operations.EmailSecurityOperation")
    public static final String OPERATION = HEADER_PREFIX + "Operation";
    @Metadata(label = "producer", description = "Overrides the pageSize option: items per page requested from list operations.",
              javaType = "java.lang.Integer")
    public static final String PAGE_SIZE = HEADER_PREFIX + "PageSize";
    @Metadata(label = "producer", description = "Overrides the maxResults option: the most items a list call returns.",
              javaType = "java.lang.Integer")
    public static final String MAX_RESULTS = HEADER_PREFIX + "MaxResults";
    @Metadata(label = "producer", description = "Overrides the investigateId option: The message to act on: the `id` of a search result (investigate id). The 2025 API's `postfix_id` is accepted here too.", javaType = "java.lang.String")
    public static final String INVESTIGATE_ID = HEADER_PREFIX + "InvestigateId";
    @Metadata(label = "producer", description = "Overrides the postfixId option: The message's short postfix id. Used where the API takes a postfix id (createPreview), and as the message id when investigateId is not set, as the 2025 API did.", javaType = "java.lang.String")
    public static final String POSTFIX_ID = HEADER_PREFIX + "PostfixId";
    @Metadata(label = "producer", description = "Overrides the jobId option: The bulk job to act on (UUID).", javaType = "java.lang.String")
    public static final String JOB_ID = HEADER_PREFIX + "JobId";
    @Metadata(label = "producer", description = "Overrides the policyId option: The allow policy or content policy to act on. String ids and the older integer ids are both accepted.", javaType = "java.lang.String")
    public static final String POLICY_ID = HEADER_PREFIX + "PolicyId";
    @Metadata(label = "producer", description = "Overrides the patternId option: The blocked sender or URL ignore pattern to act on. String ids and the older integer ids are both accepted.", javaType = "java.lang.String")
    public static final String PATTERN_ID = HEADER_PREFIX + "PatternId";
    @Metadata(label = "producer", description = "Overrides the domainId option: The domain to act on. String ids and the older integer ids are both accepted.", javaType = "java.lang.String")
    public static final String DOMAIN_ID = HEADER_PREFIX + "DomainId";
    @Metadata(label = "producer", description = "Overrides the impersonationRegistryId option: The impersonation registry entry to act on. String ids and the older integer ids are both accepted.", javaType = "java.lang.String")
    public static final String IMPERSONATION_REGISTRY_ID = HEADER_PREFIX + "ImpersonationRegistryId";
    @Metadata(label = "producer", description = "Overrides the sendingDomainRestrictionId option: The sending domain restriction to act on.", javaType = "java.lang.String")
    public static final String SENDING_DOMAIN_RESTRICTION_ID = HEADER_PREFIX + "SendingDomainRestrictionId";
    @Metadata(label = "producer", description = "Overrides the trustedDomainId option: The trusted domain to act on. String ids and the older integer ids are both accepted.", javaType = "java.lang.String")
    public static final String TRUSTED_DOMAIN_ID = HEADER_PREFIX + "TrustedDomainId";
    @Metadata(label = "producer", description = "Overrides the page option: The page to start from (page-style lists). With autoPaginate=false only this page is returned.", javaType = "java.lang.Integer")
    public static final String PAGE = HEADER_PREFIX + "Page";
    @Metadata(label = "producer", description = "Overrides the cursor option: The search cursor to start from (searchMessages). With autoPaginate=false only this page is returned; the next cursor is in the CamelEmailSecurityNextCursor header.", javaType = "java.lang.String")
    public static final String CURSOR = HEADER_PREFIX + "Cursor";
    @Metadata(label = "producer", description = "Overrides the start option: Start of the time window (ISO-8601 instant, e.g. 2026-01-01T00:00:00Z). Without start and end the API searches the last 30 days.", javaType = "java.lang.String")
    public static final String START = HEADER_PREFIX + "Start";
    @Metadata(label = "producer", description = "Overrides the end option: End of the time window (ISO-8601 instant).", javaType = "java.lang.String")
    public static final String END = HEADER_PREFIX + "End";
    @Metadata(label = "producer", description = "Overrides the query option: Free-text search over messages or submissions.", javaType = "java.lang.String")
    public static final String QUERY = HEADER_PREFIX + "Query";
    @Metadata(label = "producer", description = "Overrides the detectionsOnly option: Return only messages with a detection. When neither is set, nothing is sent and the API applies its default, true: only detections are returned. Set false to include clean mail.", javaType = "java.lang.Boolean", defaultValue = "true")
    public static final String DETECTIONS_ONLY = HEADER_PREFIX + "DetectionsOnly";
    @Metadata(label = "producer", description = "Overrides the finalDisposition option: Only messages with this final disposition.", javaType = "java.lang.String")
    public static final String FINAL_DISPOSITION = HEADER_PREFIX + "FinalDisposition";
    @Metadata(label = "producer", description = "Overrides the metric option: Only messages counted under this dashboard metric.", javaType = "java.lang.String")
    public static final String METRIC = HEADER_PREFIX + "Metric";
    @Metadata(label = "producer", description = "Overrides the messageAction option: Only messages on which this action was taken.", javaType = "java.lang.String")
    public static final String MESSAGE_ACTION = HEADER_PREFIX + "MessageAction";
    @Metadata(label = "producer", description = "Overrides the recipient option: Only messages to this recipient address.", javaType = "java.lang.String")
    public static final String RECIPIENT = HEADER_PREFIX + "Recipient";
    @Metadata(label = "producer", description = "Overrides the sender option: Only messages from this sender address.", javaType = "java.lang.String")
    public static final String SENDER = HEADER_PREFIX + "Sender";
    @Metadata(label = "producer", description = "Overrides the alertId option: Only messages of this alert.", javaType = "java.lang.String")
    public static final String ALERT_ID = HEADER_PREFIX + "AlertId";
    @Metadata(label = "producer", description = "Overrides the domain option: Only messages of this domain (searchMessages); for listDomains, one or more domains separated by commas.", javaType = "java.lang.String")
    public static final String DOMAIN = HEADER_PREFIX + "Domain";
    @Metadata(label = "producer", description = "Overrides the messageId option: Only the message with this Message-ID header.", javaType = "java.lang.String")
    public static final String MESSAGE_ID = HEADER_PREFIX + "MessageId";
    @Metadata(label = "producer", description = "Overrides the subject option: Only messages with this subject.", javaType = "java.lang.String")
    public static final String SUBJECT = HEADER_PREFIX + "Subject";
    @Metadata(label = "producer", description = "Overrides the deliveryStatus option: Only messages in this delivery status.", javaType = "java.lang.String")
    public static final String DELIVERY_STATUS = HEADER_PREFIX + "DeliveryStatus";
    @Metadata(label = "producer", description = "Overrides the smtpHeloIp option: Only messages whose sending server announced this IP in SMTP HELO.", javaType = "java.lang.String")
    public static final String SMTP_HELO_IP = HEADER_PREFIX + "SmtpHeloIp";
    @Metadata(label = "producer", description = "Overrides the submission option: getMessage: look the message up in the submissions store.", javaType = "java.lang.Boolean")
    public static final String SUBMISSION = HEADER_PREFIX + "Submission";
    @Metadata(label = "producer", description = "Overrides the actionType option: listBulkJobs: only jobs of this action.", javaType = "java.lang.String")
    public static final String ACTION_TYPE = HEADER_PREFIX + "ActionType";
    @Metadata(label = "producer", description = "Overrides the status option: Status filter: bulk job status (PENDING, DISCOVERING, PROCESSING, COMPLETED, FAILED, CANCELLED, SKIPPED), submission status, or domain status, depending on the operation.", javaType = "java.lang.String")
    public static final String STATUS = HEADER_PREFIX + "Status";
    @Metadata(label = "producer", description = "Overrides the fromDate option: listPhishguardReports: start date (YYYY-MM-DD). Deprecated by the API (end of life 2026-11-01): use start.", javaType = "java.lang.String")
    public static final String FROM_DATE = HEADER_PREFIX + "FromDate";
    @Metadata(label = "producer", description = "Overrides the toDate option: listPhishguardReports: end date (YYYY-MM-DD). Deprecated by the API (end of life 2026-11-01): use end.", javaType = "java.lang.String")
    public static final String TO_DATE = HEADER_PREFIX + "ToDate";
    @Metadata(label = "producer", description = "Overrides the submissionType option: listSubmissions: only submissions of this type (the API's `type` parameter).", javaType = "java.lang.String")
    public static final String SUBMISSION_TYPE = HEADER_PREFIX + "SubmissionType";
    @Metadata(label = "producer", description = "Overrides the submissionId option: listSubmissions: only this submission.", javaType = "java.lang.String")
    public static final String SUBMISSION_ID = HEADER_PREFIX + "SubmissionId";
    @Metadata(label = "producer", description = "Overrides the originalDisposition option: listSubmissions: only submissions whose message had this original disposition.", javaType = "java.lang.String")
    public static final String ORIGINAL_DISPOSITION = HEADER_PREFIX + "OriginalDisposition";
    @Metadata(label = "producer", description = "Overrides the requestedDisposition option: listSubmissions: only submissions that requested this disposition.", javaType = "java.lang.String")
    public static final String REQUESTED_DISPOSITION = HEADER_PREFIX + "RequestedDisposition";
    @Metadata(label = "producer", description = "Overrides the outcomeDisposition option: listSubmissions: only submissions with this outcome disposition.", javaType = "java.lang.String")
    public static final String OUTCOME_DISPOSITION = HEADER_PREFIX + "OutcomeDisposition";
    @Metadata(label = "producer", description = "Overrides the escalatedFromUser option: listSubmissions: only submissions escalated from a user submission.", javaType = "java.lang.Boolean")
    public static final String ESCALATED_FROM_USER = HEADER_PREFIX + "EscalatedFromUser";
    @Metadata(label = "producer", description = "Overrides the search option: Settings lists: free-text search.", javaType = "java.lang.String")
    public static final String SEARCH = HEADER_PREFIX + "Search";
    @Metadata(label = "producer", description = "Overrides the order option: Settings lists: the field to sort by (pattern, created_at, name, email or domain, depending on the list).", javaType = "java.lang.String")
    public static final String ORDER = HEADER_PREFIX + "Order";
    @Metadata(label = "producer", description = "Overrides the direction option: Settings lists: sort direction.", javaType = "java.lang.String")
    public static final String DIRECTION = HEADER_PREFIX + "Direction";
    @Metadata(label = "producer", description = "Overrides the isExemptRecipient option: listAllowPolicies: only exempt-recipient policies (or only the others).", javaType = "java.lang.Boolean")
    public static final String IS_EXEMPT_RECIPIENT = HEADER_PREFIX + "IsExemptRecipient";
    @Metadata(label = "producer", description = "Overrides the isTrustedSender option: listAllowPolicies: only trusted-sender policies (or only the others).", javaType = "java.lang.Boolean")
    public static final String IS_TRUSTED_SENDER = HEADER_PREFIX + "IsTrustedSender";
    @Metadata(label = "producer", description = "Overrides the isAcceptableSender option: listAllowPolicies: only acceptable-sender policies (or only the others).", javaType = "java.lang.Boolean")
    public static final String IS_ACCEPTABLE_SENDER = HEADER_PREFIX + "IsAcceptableSender";
    @Metadata(label = "producer", description = "Overrides the verifySender option: listAllowPolicies: only policies that verify the sender (or only the others).", javaType = "java.lang.Boolean")
    public static final String VERIFY_SENDER = HEADER_PREFIX + "VerifySender";
    @Metadata(label = "producer", description = "Overrides the patternType option: Allow policies and blocked senders: only patterns of this type.", javaType = "java.lang.String")
    public static final String PATTERN_TYPE = HEADER_PREFIX + "PatternType";
    @Metadata(label = "producer", description = "Overrides the pattern option: Allow policies, blocked senders and trusted domains: only this pattern.", javaType = "java.lang.String")
    public static final String PATTERN = HEADER_PREFIX + "Pattern";
    @Metadata(label = "producer", description = "Overrides the allowedDeliveryMode option: listDomains: only domains allowing this delivery mode.", javaType = "java.lang.String")
    public static final String ALLOWED_DELIVERY_MODE = HEADER_PREFIX + "AllowedDeliveryMode";
    @Metadata(label = "producer", description = "Overrides the activeDeliveryMode option: listDomains: only domains with this active delivery mode.", javaType = "java.lang.String")
    public static final String ACTIVE_DELIVERY_MODE = HEADER_PREFIX + "ActiveDeliveryMode";
    @Metadata(label = "producer", description = "Overrides the integrationId option: listDomains: only domains of this integration (UUID).", javaType = "java.lang.String")
    public static final String INTEGRATION_ID = HEADER_PREFIX + "IntegrationId";
    @Metadata(label = "producer", description = "Overrides the provenance option: listImpersonationRegistry: only entries of this provenance.", javaType = "java.lang.String")
    public static final String PROVENANCE = HEADER_PREFIX + "Provenance";
    @Metadata(label = "producer", description = "Overrides the isRecent option: listTrustedDomains: only recent-domain entries (or only the others).", javaType = "java.lang.Boolean")
    public static final String IS_RECENT = HEADER_PREFIX + "IsRecent";
    @Metadata(label = "producer", description = "Overrides the isSimilarity option: listTrustedDomains: only similarity entries (or only the others).", javaType = "java.lang.Boolean")
    public static final String IS_SIMILARITY = HEADER_PREFIX + "IsSimilarity";
    @Metadata(label = "producer", description = "Overrides the enabled option: listContentPolicies: only enabled (or disabled) policies.", javaType = "java.lang.Boolean")
    public static final String ENABLED = HEADER_PREFIX + "Enabled";
    @Metadata(label = "producer", description = "Overrides the name option: listContentPolicies: only the policy with this exact name.", javaType = "java.lang.String")
    public static final String NAME = HEADER_PREFIX + "Name";

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
