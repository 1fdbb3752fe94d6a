package dev.emailsecurity.camel.error;

import java.util.List;

/** No usable response: the connection failed, was reset, or timed out. */
public class EmailSecurityConnectionException extends EmailSecurityApiException {

    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    public EmailSecurityConnectionException(String operation, String detail, Throwable cause) {
        this(operation, detail, cause, true);
    }

    /**
     * @param requestSent false when the connection could not even be opened, so the API cannot have seen the request
     */
    public EmailSecurityConnectionException(String operation, String detail, Throwable cause, boolean requestSent) {
        super(operation, 0, List.of(), null, detail);
        initCause(cause);
        this.requestSent = requestSent;
    }

    /** Whether the request may have reached the API (false only when no connection could be opened). */
    public boolean isRequestSent() {
        return requestSent;
    }
}
