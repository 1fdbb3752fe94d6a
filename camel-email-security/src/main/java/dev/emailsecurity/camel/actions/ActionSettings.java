package dev.emailsecurity.camel.actions;

import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.model.ReclassifyRequest;
import dev.emailsecurity.camel.operations.ParameterValues;
import org.apache.camel.Message;

/**
 * The action options for one exchange: the endpoint's options, overridden by the headers of the same name and by a
 * request-template body ({@code MoveRequest}, {@code ReclassifyRequest} or a map with the API's field names).
 *
 * @param dryRun              resolve and report, change nothing
 * @param maxMessages         the blast-radius cap, 0 for none
 * @param expectedDisposition the disposition guard (or the requested disposition of a reclassify)
 * @param destination         the folder of a move
 * @param failOnPartialFailure throw when not everything was done
 * @param batchSize           the most ids per call
 */
public record ActionSettings(boolean dryRun, int maxMessages, String expectedDisposition, String destination,
                             boolean failOnPartialFailure, int batchSize) {

    /** The most ids per call the component assumes the API takes (not documented; the emulator enforces it). */
    static final int MAX_BATCH_SIZE = 100;

    static ActionSettings of(ActionConfig c, Message in) {
        Object body = in.getBody();
        String destination = first(in.getHeader(EmailSecurityConstants.DESTINATION, String.class),
                templateField(body, "destination"), c.getDestination());
        String expected = first(in.getHeader(EmailSecurityConstants.EXPECTED_DISPOSITION, String.class),
                templateField(body, "expected_disposition"), c.getExpectedDisposition());
        Boolean dryRunHeader = in.getHeader(EmailSecurityConstants.DRY_RUN, Boolean.class);
        check("destination", destination, ParameterValues.MAILBOX_DESTINATIONS);
        check("expectedDisposition", expected, ParameterValues.DISPOSITION_LABELS);
        validate(c);
        return new ActionSettings(dryRunHeader != null ? dryRunHeader : c.isDryRun(), c.getMaxMessagesPerAction(),
                expected, destination, c.isFailOnPartialFailure(), c.getActionBatchSize());
    }

    /**
     * Checks the endpoint's action options, so that a bad value fails when the endpoint is created.
     *
     * @throws IllegalArgumentException naming the option and what it accepts
     */
    public static void validate(ActionConfig c) {
        check("destination", c.getDestination(), ParameterValues.MAILBOX_DESTINATIONS);
        check("expectedDisposition", c.getExpectedDisposition(), ParameterValues.DISPOSITION_LABELS);
        if (c.getActionBatchSize() < 1 || c.getActionBatchSize() > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("actionBatchSize must be between 1 and " + MAX_BATCH_SIZE + ", was "
                                               + c.getActionBatchSize());
        }
        if (c.getMaxMessagesPerAction() < 0) {
            throw new IllegalArgumentException("maxMessagesPerAction must be 0 (no cap) or positive, was "
                                               + c.getMaxMessagesPerAction());
        }
        if (c.getJobPollInterval() < 1 || c.getJobTimeout() < 0) {
            throw new IllegalArgumentException("jobPollInterval must be positive and jobTimeout not negative, were "
                                               + c.getJobPollInterval() + " and " + c.getJobTimeout());
        }
    }

    private static String templateField(Object body, String apiName) {
        if (body instanceof MoveRequest r) {
            return "destination".equals(apiName) ? r.getDestination() : r.getExpectedDisposition();
        }
        if (body instanceof ReclassifyRequest r) {
            return "expected_disposition".equals(apiName) ? r.getExpectedDisposition() : null;
        }
        if (body instanceof Map<?, ?> m && m.get(apiName) != null) {
            return m.get(apiName).toString();
        }
        return null;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }

    private static void check(String option, String value, String allowed) {
        if (value != null && !List.of(allowed.split(",")).contains(value)) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for " + option + ": allowed values are "
                                               + allowed.replace(",", ", "));
        }
    }
}
