package dev.emailsecurity.camel.operations;

import dev.emailsecurity.camel.model.ActionEntry;
import dev.emailsecurity.camel.model.AllowPolicy;
import dev.emailsecurity.camel.model.BlockedSender;
import dev.emailsecurity.camel.model.BulkActionMessageDetail;
import dev.emailsecurity.camel.model.BulkActionRequest;
import dev.emailsecurity.camel.model.BulkJobDetail;
import dev.emailsecurity.camel.model.ContentPolicy;
import dev.emailsecurity.camel.model.DeletedItem;
import dev.emailsecurity.camel.model.Domain;
import dev.emailsecurity.camel.model.DomainVerificationInfo;
import dev.emailsecurity.camel.model.ImpersonationRegistry;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.model.MessageTrace;
import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.model.MoveResponseItem;
import dev.emailsecurity.camel.model.PhishGuardReport;
import dev.emailsecurity.camel.model.PreviewRequest;
import dev.emailsecurity.camel.model.ReclassifyRequest;
import dev.emailsecurity.camel.model.ReleaseResponse;
import dev.emailsecurity.camel.model.SendingDomainRestriction;
import dev.emailsecurity.camel.model.Submission;
import dev.emailsecurity.camel.model.TrustedDomain;
import dev.emailsecurity.camel.model.UrlIgnorePattern;
import dev.emailsecurity.camel.operations.StreamSpec.Field;
import dev.emailsecurity.camel.transport.ResultType;

import static dev.emailsecurity.camel.operations.ApiParameter.*;
import static dev.emailsecurity.camel.operations.OperationSpec.delete;
import static dev.emailsecurity.camel.operations.OperationSpec.get;
import static dev.emailsecurity.camel.operations.OperationSpec.patch;
import static dev.emailsecurity.camel.operations.OperationSpec.post;
import static dev.emailsecurity.camel.operations.OperationSpec.put;
import static dev.emailsecurity.camel.operations.StreamSpec.events;

/**
 * The operation table: one constant per API operation, each carrying its {@link OperationSpec}. The producer, the
 * consumer, the documentation and the tests are all driven from here; an operation the API grows is one new row.
 * <p>
 * Paths are relative to {@code /accounts/{account_id}/email-security}. The first 63 rows are the operations of the
 * 2026-07-27 OpenAPI extract; the last 7 (content policies and {@code batchBlockedSenders}) exist only in the newest
 * official SDK and are modelled on its types.
 */
public enum EmailSecurityOperation {

    // --- investigate: messages --------------------------------------------------------------------------------
    searchMessages(get("/investigate", "email_security_investigate")
            .query(START, END, QUERY, DETECTIONS_ONLY, FINAL_DISPOSITION, METRIC, MESSAGE_ACTION, RECIPIENT, SENDER,
                    ALERT_ID, DOMAIN, MESSAGE_ID, SUBJECT, DELIVERY_STATUS, SMTP_HELO_IP, CURSOR, PER_PAGE)
            .oneSearchPerValue(FINAL_DISPOSITION, SENDER, RECIPIENT, DOMAIN)
            .returnsList(ListStyle.CURSOR, MessageDetails.class)
            .streamed(events(Field.of("id", MessageDetails.class, MessageDetails::getId),
                    Field.of("scanned_at", MessageDetails.class, MessageDetails::getScannedAt))
                    .version("disposition", Field.of("final_disposition", MessageDetails.class,
                            MessageDetails::getFinalDisposition))
                    .version("quarantine", Field.of("is_quarantined", MessageDetails.class,
                            MessageDetails::isQuarantined))
                    .version("postDeliveryOperations", Field.of("post_delivery_operations", MessageDetails.class,
                            MessageDetails::getPostDeliveryOperations))
                    .splitWindows())),
    getMessage(get("/investigate/{investigate_id}", "email_security_get_message")
            .query(SUBMISSION)
            .returns(MessageDetails.class)),
    getDetections(get("/investigate/{investigate_id}/detections", "email_security_get_message_detections")
            .returns(MessageDetectionDetails.class)),
    createPreview(post("/investigate/preview", "email_security_post_preview")
            .body(BodyType.object(PreviewRequest.class).requiring("id"))
            .returns(ResultType.png())),
    getPreview(get("/investigate/{investigate_id}/preview", "email_security_get_message_preview")
            .returns(ResultType.png())),
    getRaw(get("/investigate/{investigate_id}/raw", "email_security_get_message_raw")
            .returns(ResultType.eml())),
    getTrace(get("/investigate/{investigate_id}/trace", "email_security_get_message_trace")
            .returns(MessageTrace.class)),
    getActionLog(get("/investigate/{investigate_id}/action_log", "email_security_get_message_action_log")
            .returnsList(ListStyle.SINGLE, ActionEntry.class)),
    moveMessage(post("/investigate/{investigate_id}/move", "email_security_post_message_move")
            .body(BodyType.object(MoveRequest.class).requiring("destination"))
            .returnsList(ListStyle.SINGLE, MoveResponseItem.class)
            .actsOnMail(ActionKind.MOVE)
            .rechecked(ActionLogCheck.pathId("MOVE").sameDestination())),
    moveMessages(post("/investigate/move", "email_security_post_bulk_move")
            .body(BodyType.object(MoveRequest.class).requiring("destination"))
            .returnsList(ListStyle.SINGLE, MoveResponseItem.class)
            .actsOnMail(ActionKind.MOVE)
            .rechecked(ActionLogCheck.bodyIds("MOVE").sameDestination())),
    reclassifyMessage(post("/investigate/{investigate_id}/reclassify", "email_security_post_reclassify")
            .body(BodyType.object(ReclassifyRequest.class).requiring("expected_disposition"))
            .returns(ResultType.map())
            .actsOnMail(ActionKind.RECLASSIFY)
            .rechecked(ActionLogCheck.pathId("SUBMISSION"))),
    releaseMessages(post("/investigate/release", "email_security_post_release")
            .body(BodyType.idsObject())
            .returnsList(ListStyle.SINGLE, ReleaseResponse.class)
            .actsOnMail(ActionKind.RELEASE)
            .rechecked(ActionLogCheck.bodyIds("QUARANTINE_RELEASE"))),

    // --- investigate: bulk jobs -------------------------------------------------------------------------------
    createBulkJob(post("/investigate/bulk", "email_security_create_bulk_job")
            .body(BodyType.object(BulkActionRequest.class).requiring("action", "search_params"))
            .returns(BulkJobDetail.class)
            .actsOnMail(ActionKind.BULK_JOB)),
    listBulkJobs(get("/investigate/bulk", "email_security_get_bulk_jobs")
            .query(PAGE, PER_PAGE, ACTION_TYPE, STATUS)
            .values(STATUS, ParameterValues.BULK_JOB_STATUSES)
            .returnsList(ListStyle.PAGE_WITH_CURSOR_INFO, BulkJobDetail.class)),
    getBulkJob(get("/investigate/bulk/{job_id}", "email_security_get_bulk_job")
            .returns(BulkJobDetail.class)),
    cancelBulkJob(post("/investigate/bulk/{job_id}/cancel", "email_security_cancel_bulk_job")
            .returns(BulkJobDetail.class)
            .actsOnMail()),
    deleteBulkJob(delete("/investigate/bulk/{job_id}", "email_security_delete_bulk_job")
            .returns(DeletedItem.class)),
    listBulkJobMessages(get("/investigate/bulk/{job_id}/messages", "email_security_get_bulk_job_messages")
            .query(PAGE, PER_PAGE, STATUS)
            .values(STATUS, ParameterValues.BULK_MESSAGE_STATUSES)
            .returnsList(ListStyle.PAGE_WITH_CURSOR_INFO, BulkActionMessageDetail.class)),

    // --- phishguard and submissions ---------------------------------------------------------------------------
    listPhishguardReports(get("/phishguard/reports", "email_security_get_phishguard_reports")
            .query(START, END, FROM_DATE, TO_DATE, PAGE, PER_PAGE)
            .returnsList(ListStyle.PAGE, PhishGuardReport.class)
            .streamed(events(Field.of("id", PhishGuardReport.class, PhishGuardReport::getId),
                    Field.of("created_at", PhishGuardReport.class, PhishGuardReport::getCreatedAt))
                    .version("updatedAt", Field.of("updated_at", PhishGuardReport.class,
                            PhishGuardReport::getUpdatedAt)))),
    listSubmissions(get("/submissions", "email_security_submissions")
            .query(START, END, TYPE, SUBMISSION_ID, ORIGINAL_DISPOSITION, REQUESTED_DISPOSITION, OUTCOME_DISPOSITION,
                    STATUS, QUERY, ESCALATED_FROM_USER, ORDER, DIRECTION, PAGE, PER_PAGE)
            .values(ORDER, ParameterValues.SUBMISSION_ORDERS)
            .returnsList(ListStyle.PAGE, Submission.class)
            .streamed(events(Field.of("submission_id", Submission.class, Submission::getSubmissionId),
                    Field.of("requested_at", Submission.class, Submission::getRequestedAt))
                    .version("status", Field.of("status", Submission.class, Submission::getStatus))
                    .version("outcome", Field.of("outcome", Submission.class, Submission::getOutcome),
                            Field.of("outcome_disposition", Submission.class, Submission::getOutcomeDisposition)))),

    // --- settings: allow policies -----------------------------------------------------------------------------
    listAllowPolicies(get("/settings/allow_policies", "email_security_list_allow_policies")
            .query(PAGE, PER_PAGE, SEARCH, ORDER, DIRECTION, IS_EXEMPT_RECIPIENT, IS_TRUSTED_SENDER,
                    IS_ACCEPTABLE_SENDER, VERIFY_SENDER, PATTERN_TYPE, PATTERN)
            .values(ORDER, ParameterValues.ORDERS_BY_PATTERN)
            .returnsList(ListStyle.PAGE, AllowPolicy.class)
            .streamed(StreamSpec.watch())),
    getAllowPolicy(get("/settings/allow_policies/{policy_id}", "email_security_get_allow_policy")
            .returns(AllowPolicy.class)),
    createAllowPolicy(post("/settings/allow_policies", "email_security_create_allow_policy")
            .body(BodyType.object(AllowPolicy.class).requiring("is_acceptable_sender",
                    "is_exempt_recipient", "is_regex", "is_trusted_sender", "pattern", "pattern_type", "verify_sender"))
            .returns(AllowPolicy.class)),
    updateAllowPolicy(patch("/settings/allow_policies/{policy_id}", "email_security_update_allow_policy")
            .body(BodyType.object(AllowPolicy.class))
            .returns(AllowPolicy.class)),
    deleteAllowPolicy(delete("/settings/allow_policies/{policy_id}", "email_security_delete_allow_policy")
            .returns(DeletedItem.class)),
    batchAllowPolicies(post("/settings/allow_policies/batch", "email_security_batch_allow_policies")
            .body(BodyType.batch(AllowPolicy.class))
            .returns(ResultType.batch(AllowPolicy.class))),

    // --- settings: blocked senders ----------------------------------------------------------------------------
    listBlockedSenders(get("/settings/block_senders", "email_security_list_blocked_senders")
            .query(PAGE, PER_PAGE, SEARCH, ORDER, DIRECTION, PATTERN_TYPE, PATTERN)
            .values(ORDER, ParameterValues.ORDERS_BY_PATTERN)
            .returnsList(ListStyle.PAGE, BlockedSender.class)
            .streamed(StreamSpec.watch())),
    getBlockedSender(get("/settings/block_senders/{pattern_id}", "email_security_get_blocked_sender")
            .returns(BlockedSender.class)),
    createBlockedSender(post("/settings/block_senders", "email_security_create_blocked_sender")
            .body(BodyType.object(BlockedSender.class).requiring("is_regex", "pattern", "pattern_type"))
            .returns(BlockedSender.class)),
    updateBlockedSender(patch("/settings/block_senders/{pattern_id}", "email_security_update_blocked_sender")
            .body(BodyType.object(BlockedSender.class))
            .returns(BlockedSender.class)),
    deleteBlockedSender(delete("/settings/block_senders/{pattern_id}", "email_security_delete_blocked_sender")
            .returns(DeletedItem.class)),

    // --- settings: domains ------------------------------------------------------------------------------------
    listDomains(get("/settings/domains", "email_security_list_domains")
            .query(PAGE, PER_PAGE, SEARCH, ORDER, DIRECTION, ALLOWED_DELIVERY_MODE, DOMAIN, ACTIVE_DELIVERY_MODE,
                    INTEGRATION_ID, STATUS)
            .values(ORDER, ParameterValues.ORDERS_BY_DOMAIN)
            .values(STATUS, ParameterValues.DOMAIN_STATUSES)
            .arrays(DOMAIN)
            .returnsList(ListStyle.PAGE, Domain.class)
            .streamed(StreamSpec.watch())),
    getDomain(get("/settings/domains/{domain_id}", "email_security_get_domain")
            .returns(Domain.class)),
    createDomain(post("/settings/domains", "email_security_create_domains")
            .body(BodyType.object(Domain.class))
            .returns(Domain.class)),
    updateDomain(patch("/settings/domains/{domain_id}", "email_security_update_domain")
            .body(BodyType.object(Domain.class))
            .returns(Domain.class)),
    replaceDomain(put("/settings/domains/{domain_id}", "email_security_replace_domain")
            .body(BodyType.object(Domain.class))
            .returns(Domain.class)),
    deleteDomain(delete("/settings/domains/{domain_id}", "email_security_delete_domain")
            .returns(DeletedItem.class)),
    deleteDomains(delete("/settings/domains", "email_security_delete_domains")
            .body(BodyType.optionalIdObjectList())
            .returnsList(ListStyle.SINGLE, DeletedItem.class)),
    batchDomains(post("/settings/domains/batch", "email_security_batch_domains")
            .body(BodyType.batch(Domain.class))
            .returns(ResultType.batch(Domain.class))),
    getDomainVerification(get("/settings/domains/{domain_id}/verification", "email_security_get_domain_verification")
            .returns(DomainVerificationInfo.class)),

    // --- settings: impersonation registry ---------------------------------------------------------------------
    listImpersonationRegistry(get("/settings/impersonation_registry", "email_security_list_impersonation_registry")
            .query(PAGE, PER_PAGE, SEARCH, ORDER, DIRECTION, PROVENANCE)
            .values(ORDER, ParameterValues.ORDERS_BY_NAME_OR_EMAIL)
            .returnsList(ListStyle.PAGE, ImpersonationRegistry.class)
            .streamed(StreamSpec.watch())),
    getImpersonationRegistryEntry(get("/settings/impersonation_registry/{impersonation_registry_id}",
            "email_security_get_impersonation_registry")
            .returns(ImpersonationRegistry.class)),
    createImpersonationRegistryEntry(post("/settings/impersonation_registry",
            "email_security_create_impersonation_registry")
            .body(BodyType.object(ImpersonationRegistry.class).requiring("email", "is_email_regex", "name"))
            .returns(ImpersonationRegistry.class)),
    updateImpersonationRegistryEntry(patch("/settings/impersonation_registry/{impersonation_registry_id}",
            "email_security_update_impersonation_registry")
            .body(BodyType.object(ImpersonationRegistry.class))
            .returns(ImpersonationRegistry.class)),
    deleteImpersonationRegistryEntry(delete("/settings/impersonation_registry/{impersonation_registry_id}",
            "email_security_delete_impersonation_registry")
            .returns(DeletedItem.class)),

    // --- settings: sending domain restrictions ----------------------------------------------------------------
    listSendingDomainRestrictions(get("/settings/sending_domain_restrictions",
            "email_security_list_sending_domain_restrictions")
            .query(PAGE, PER_PAGE, SEARCH, ORDER, DIRECTION)
            .values(ORDER, ParameterValues.ORDERS_BY_DOMAIN)
            .returnsList(ListStyle.PAGE, SendingDomainRestriction.class)
            .streamed(StreamSpec.watch())),
    getSendingDomainRestriction(get("/settings/sending_domain_restrictions/{sending_domain_restriction_id}",
            "email_security_get_sending_domain_restriction")
            .returns(SendingDomainRestriction.class)),
    createSendingDomainRestriction(post("/settings/sending_domain_restrictions",
            "email_security_create_sending_domain_restriction")
            .body(BodyType.object(SendingDomainRestriction.class).requiring("domain", "exclude"))
            .returns(SendingDomainRestriction.class)),
    updateSendingDomainRestriction(patch("/settings/sending_domain_restrictions/{sending_domain_restriction_id}",
            "email_security_update_sending_domain_restriction")
            .body(BodyType.object(SendingDomainRestriction.class))
            .returns(SendingDomainRestriction.class)),
    deleteSendingDomainRestriction(delete("/settings/sending_domain_restrictions/{sending_domain_restriction_id}",
            "email_security_delete_sending_domain_restriction")
            .returns(DeletedItem.class)),
    batchSendingDomainRestrictions(post("/settings/sending_domain_restrictions/batch",
            "email_security_batch_sending_domain_restrictions")
            .body(BodyType.batch(SendingDomainRestriction.class))
            .returns(ResultType.batch(SendingDomainRestriction.class))),

    // --- settings: trusted domains ----------------------------------------------------------------------------
    listTrustedDomains(get("/settings/trusted_domains", "email_security_list_trusted_domains")
            .query(PAGE, PER_PAGE, SEARCH, ORDER, DIRECTION, IS_RECENT, IS_SIMILARITY, PATTERN)
            .values(ORDER, ParameterValues.ORDERS_BY_PATTERN)
            .returnsList(ListStyle.PAGE, TrustedDomain.class)
            .streamed(StreamSpec.watch())),
    getTrustedDomain(get("/settings/trusted_domains/{trusted_domain_id}", "email_security_get_trusted_domain")
            .returns(TrustedDomain.class)),
    createTrustedDomain(post("/settings/trusted_domains", "email_security_create_trusted_domain")
            .body(BodyType.object(TrustedDomain.class)
                    .requiring("is_recent", "is_regex", "is_similarity", "pattern"))
            .returns(TrustedDomain.class)),
    updateTrustedDomain(patch("/settings/trusted_domains/{trusted_domain_id}", "email_security_update_trusted_domain")
            .body(BodyType.object(TrustedDomain.class))
            .returns(TrustedDomain.class)),
    deleteTrustedDomain(delete("/settings/trusted_domains/{trusted_domain_id}", "email_security_delete_trusted_domain")
            .returns(DeletedItem.class)),
    batchTrustedDomains(post("/settings/trusted_domains/batch", "email_security_batch_trusted_domains")
            .body(BodyType.batch(TrustedDomain.class))
            .returns(ResultType.batch(TrustedDomain.class))),

    // --- settings: URL ignore patterns ------------------------------------------------------------------------
    listUrlIgnorePatterns(get("/settings/url_ignore_patterns", "email_security_list_url_ignore_patterns")
            .query(PAGE, PER_PAGE)
            .returnsList(ListStyle.PAGE, UrlIgnorePattern.class)
            .streamed(StreamSpec.watch())),
    getUrlIgnorePattern(get("/settings/url_ignore_patterns/{pattern_id}", "email_security_get_url_ignore_pattern")
            .returns(UrlIgnorePattern.class)),
    createUrlIgnorePattern(post("/settings/url_ignore_patterns", "email_security_create_url_ignore_pattern")
            .body(BodyType.object(UrlIgnorePattern.class).requiring("pattern"))
            .returns(UrlIgnorePattern.class)),
    updateUrlIgnorePattern(patch("/settings/url_ignore_patterns/{pattern_id}", "email_security_update_url_ignore_pattern")
            .body(BodyType.object(UrlIgnorePattern.class))
            .returns(UrlIgnorePattern.class)),
    deleteUrlIgnorePattern(delete("/settings/url_ignore_patterns/{pattern_id}", "email_security_delete_url_ignore_pattern")
            .returns(DeletedItem.class)),
    batchUrlIgnorePatterns(post("/settings/url_ignore_patterns/batch", "email_security_batch_url_ignore_patterns")
            .body(BodyType.batch(UrlIgnorePattern.class))
            .returns(ResultType.batch(UrlIgnorePattern.class))),

    // --- newest SDK only: content policies and blocked-sender batch -------------------------------------------
    listContentPolicies(get("/settings/content_policies", "email_security_list_content_policies")
            .query(PAGE, PER_PAGE, SEARCH, ORDER, DIRECTION, ENABLED, NAME)
            .values(ORDER, ParameterValues.ORDERS_BY_NAME)
            .returnsList(ListStyle.PAGE, ContentPolicy.class)
            .streamed(StreamSpec.watch())),
    getContentPolicy(get("/settings/content_policies/{policy_id}", "email_security_get_content_policy")
            .returns(ContentPolicy.class)),
    createContentPolicy(post("/settings/content_policies", "email_security_create_content_policy")
            .body(BodyType.object(ContentPolicy.class))
            .returns(ContentPolicy.class)),
    updateContentPolicy(patch("/settings/content_policies/{policy_id}", "email_security_update_content_policy")
            .body(BodyType.object(ContentPolicy.class))
            .returns(ContentPolicy.class)),
    deleteContentPolicy(delete("/settings/content_policies/{policy_id}", "email_security_delete_content_policy")
            .returns(DeletedItem.class)),
    batchContentPolicies(post("/settings/content_policies/batch", "email_security_batch_content_policies")
            .body(BodyType.batch(ContentPolicy.class))
            .returns(ResultType.batch(ContentPolicy.class))),
    batchBlockedSenders(post("/settings/block_senders/batch", "email_security_batch_blocked_senders")
            .body(BodyType.batch(BlockedSender.class))
            .returns(ResultType.batch(BlockedSender.class)));

    private final OperationSpec spec;

    EmailSecurityOperation(OperationSpec spec) {
        this.spec = spec;
    }

    public OperationSpec spec() {
        return spec;
    }

    /** Finds an operation by its name, ignoring case; null when there is none. */
    public static EmailSecurityOperation find(String name) {
        for (EmailSecurityOperation op : values()) {
            if (op.name().equalsIgnoreCase(name)) {
                return op;
            }
        }
        return null;
    }
}
