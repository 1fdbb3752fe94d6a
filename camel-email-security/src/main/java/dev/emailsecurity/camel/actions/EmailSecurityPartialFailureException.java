package dev.emailsecurity.camel.actions;

import org.apache.camel.RuntimeCamelException;

/**
 * Thrown with {@code failOnPartialFailure=true} when an action was not done for every message and recipient. It
 * carries the whole report, so an error handler can still see what was done, for whom, and why not.
 */
public class EmailSecurityPartialFailureException extends RuntimeCamelException {

    private final transient ActionReport report;

    public EmailSecurityPartialFailureException(ActionReport report) {
        super("email-security " + report + " (failOnPartialFailure=true)");
        this.report = report;
    }

    public ActionReport getReport() {
        return report;
    }
}
