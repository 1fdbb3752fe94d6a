package dev.emailsecurity.camel.error;

import java.util.List;

/** No usable response: the connection failed, was reset, or timed out. */
public class EmailSecurityConnectionException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    public EmailSecurityConnectionException(String operation, String detail, Throwable cause) {
        super(operation, 0, List.of(), null, detail);
        initCause(cause);
    }
}
