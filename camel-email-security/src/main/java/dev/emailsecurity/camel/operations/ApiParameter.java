package dev.emailsecurity.camel.operations;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Every path and query parameter of the Email Security API, with the endpoint option that carries it and the
 * header that overrides that option per message.
 * <p>
 * The option name is the camelCase form of the API name, except where the API name is too generic to stand alone in a
 * URI ({@code per_page} is {@code pageSize}, the submissions {@code type} filter is {@code submissionType}).
 */
public enum ApiParameter {

    // path parameters
    INVESTIGATE_ID("investigate_id", "investigateId"),
    JOB_ID("job_id", "jobId"),
    POLICY_ID("policy_id", "policyId"),
    PATTERN_ID("pattern_id", "patternId"),
    DOMAIN_ID("domain_id", "domainId"),
    IMPERSONATION_REGISTRY_ID("impersonation_registry_id", "impersonationRegistryId"),
    SENDING_DOMAIN_RESTRICTION_ID("sending_domain_restriction_id", "sendingDomainRestrictionId"),
    TRUSTED_DOMAIN_ID("trusted_domain_id", "trustedDomainId"),
    /** Not a path parameter of the 2026 API: the body of createPreview, and the message id of the 2025 API. */
    POSTFIX_ID("postfix_id", "postfixId"),

    // paging
    PAGE("page", "page"),
    PER_PAGE("per_page", "pageSize"),
    CURSOR("cursor", "cursor"),

    // message search and bulk search filters
    START("start", "start", Format.DATE_TIME),
    END("end", "end", Format.DATE_TIME),
    QUERY("query", "query"),
    DETECTIONS_ONLY("detections_only", "detectionsOnly"),
    FINAL_DISPOSITION("final_disposition", "finalDisposition", ParameterValues.DISPOSITIONS),
    METRIC("metric", "metric"),
    MESSAGE_ACTION("message_action", "messageAction", ParameterValues.MESSAGE_ACTIONS),
    RECIPIENT("recipient", "recipient"),
    SENDER("sender", "sender"),
    ALERT_ID("alert_id", "alertId"),
    DOMAIN("domain", "domain"),
    MESSAGE_ID("message_id", "messageId"),
    SUBJECT("subject", "subject"),
    DELIVERY_STATUS("delivery_status", "deliveryStatus", ParameterValues.DELIVERY_STATUSES),
    SMTP_HELO_IP("smtp_helo_ip", "smtpHeloIp"),
    SUBMISSION("submission", "submission"),

    // bulk jobs
    ACTION_TYPE("action_type", "actionType", ParameterValues.BULK_ACTIONS),
    STATUS("status", "status"),

    // phishguard reports
    FROM_DATE("from_date", "fromDate"),
    TO_DATE("to_date", "toDate"),

    // submissions
    TYPE("type", "submissionType", ParameterValues.SUBMISSION_TYPES),
    SUBMISSION_ID("submission_id", "submissionId"),
    ORIGINAL_DISPOSITION("original_disposition", "originalDisposition", ParameterValues.DISPOSITIONS),
    REQUESTED_DISPOSITION("requested_disposition", "requestedDisposition", ParameterValues.DISPOSITIONS),
    OUTCOME_DISPOSITION("outcome_disposition", "outcomeDisposition", ParameterValues.DISPOSITIONS),
    ESCALATED_FROM_USER("escalated_from_user", "escalatedFromUser"),

    // settings lists
    SEARCH("search", "search"),
    ORDER("order", "order", ParameterValues.ORDERS),
    DIRECTION("direction", "direction", ParameterValues.DIRECTIONS),
    IS_EXEMPT_RECIPIENT("is_exempt_recipient", "isExemptRecipient"),
    IS_TRUSTED_SENDER("is_trusted_sender", "isTrustedSender"),
    IS_ACCEPTABLE_SENDER("is_acceptable_sender", "isAcceptableSender"),
    VERIFY_SENDER("verify_sender", "verifySender"),
    PATTERN_TYPE("pattern_type", "patternType", ParameterValues.PATTERN_TYPES),
    PATTERN("pattern", "pattern"),
    ALLOWED_DELIVERY_MODE("allowed_delivery_mode", "allowedDeliveryMode", ParameterValues.DELIVERY_MODES),
    ACTIVE_DELIVERY_MODE("active_delivery_mode", "activeDeliveryMode", ParameterValues.DELIVERY_MODES),
    INTEGRATION_ID("integration_id", "integrationId"),
    PROVENANCE("provenance", "provenance", ParameterValues.PROVENANCES),
    IS_RECENT("is_recent", "isRecent"),
    IS_SIMILARITY("is_similarity", "isSimilarity"),
    ENABLED("enabled", "enabled"),
    NAME("name", "name");

    /** Prefix of every header this component reads or writes. */
    public static final String HEADER_PREFIX = "CamelEmailSecurity";

    private final String apiName;
    private final String optionName;
    private final String headerName;
    private final List<String> allowedValues;
    private final Format format;

    /** What a value must look like beyond the allowed values. */
    private enum Format {
        ANY, DATE_TIME
    }

    ApiParameter(String apiName, String optionName) {
        this(apiName, optionName, null, Format.ANY);
    }

    ApiParameter(String apiName, String optionName, Format format) {
        this(apiName, optionName, null, format);
    }

    ApiParameter(String apiName, String optionName, String allowedValues) {
        this(apiName, optionName, allowedValues, Format.ANY);
    }

    ApiParameter(String apiName, String optionName, String allowedValues, Format format) {
        this.format = format;
        this.apiName = apiName;
        this.optionName = optionName;
        this.headerName = HEADER_PREFIX + optionName.substring(0, 1).toUpperCase(Locale.ROOT) + optionName.substring(1);
        this.allowedValues = allowedValues == null ? List.of() : List.of(allowedValues.split(","));
    }

    /** The values the API accepts, empty when any value goes. */
    public List<String> allowedValues() {
        return allowedValues;
    }

    /**
     * Checks a value before it is sent.
     *
     * @throws IllegalArgumentException naming the parameter and the allowed values when the API would refuse it
     */
    public void check(String value) {
        check(value, allowedValues, null);
    }

    /**
     * Checks a value against the values one operation allows.
     *
     * @param operation the operation whose set it is, named in the message; null for the parameter's own set
     * @throws IllegalArgumentException naming the option, its header and the allowed values
     */
    public void check(String value, List<String> allowed, String operation) {
        if (format == Format.DATE_TIME && value != null) {
            dateTime(value);
        }
        if (!allowed.isEmpty() && value != null && !allowed.contains(value)) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for " + optionName + " (header "
                                               + headerName + ")" + (operation == null ? "" : " of " + operation)
                                               + ": allowed values are " + String.join(", ", allowed));
        }
    }

    private OffsetDateTime dateTime(String value) {
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for " + optionName + " (header "
                                               + headerName + "): expected an ISO-8601 date-time with offset, e.g. "
                                               + "2026-01-01T00:00:00Z (" + e.getMessage() + ")");
        }
    }

    /**
     * Refuses a time window that ends before it starts.
     *
     * @param start the start option or header value, or null
     * @param end   the end option or header value, or null
     */
    public static void checkWindow(Object start, Object end) {
        if (start == null || end == null) {
            return;
        }
        OffsetDateTime from = START.dateTime(start.toString());
        if (END.dateTime(end.toString()).isBefore(from)) {
            throw new IllegalArgumentException("Invalid time window: end " + end + " is before start " + start
                                               + " (options start and end, headers " + START.headerName + " and "
                                               + END.headerName + ")");
        }
    }

    /** The parameter's name in the API (path template or query string). */
    public String apiName() {
        return apiName;
    }

    /** The endpoint option (URI parameter) that carries this parameter. */
    public String optionName() {
        return optionName;
    }

    /** The message header that overrides the endpoint option for one exchange. */
    public String headerName() {
        return headerName;
    }
}
