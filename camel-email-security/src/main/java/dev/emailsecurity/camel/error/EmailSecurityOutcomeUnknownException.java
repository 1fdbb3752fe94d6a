package dev.emailsecurity.camel.error;

import java.util.List;

/**
 * A call that changes state may have reached the API, but no answer came (connection reset, response timeout), and
 * the component cannot tell from the account whether it took effect. It is not re-sent, so that nothing is created
 * or acted on twice: check the account before sending it again.
 */
public class EmailSecurityOutcomeUnknownException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityOutcomeUnknownException(String operation, String detail, Throwable cause) {
        super(operation, 0, List.of(), null, "outcome unknown, not re-sent: " + detail);
        initCause(cause);
    }
}
