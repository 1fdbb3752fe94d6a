package dev.emailsecurity.camel.error;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.camel.RuntimeCamelException;

/**
 * A call to the Email Security API failed: the API answered with an error status, with {@code success:false}, or with
 * a body that is not the v4 envelope. Subclasses name the common statuses so that routes can handle them apart
 * ({@code onException(EmailSecurityRateLimitException.class)}).
 * <p>
 * The message names the operation, the HTTP status, and Cloudflare's error codes and messages. It never contains
 * credentials, and it does not carry the response body.
 */
public class EmailSecurityApiException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final int statusCode;
    private final List<ApiError> errors;
    private final String requestId;

    public EmailSecurityApiException(String operation, int statusCode, List<ApiError> errors, String requestId,
                                     String detail) {
        super(describe(operation, statusCode, errors, requestId, detail));
        this.operation = operation;
        this.statusCode = statusCode;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.requestId = requestId;
    }

    private static String describe(String operation, int statusCode, List<ApiError> errors, String requestId,
                                   String detail) {
        StringBuilder sb = new StringBuilder("email-security ").append(operation).append(" failed");
        if (statusCode > 0) {
            sb.append(": HTTP ").append(statusCode);
        }
        if (errors != null && !errors.isEmpty()) {
            sb.append(": ").append(errors.stream().map(ApiError::toString).collect(Collectors.joining("; ")));
        }
        if (detail != null) {
            sb.append(" (").append(detail).append(')');
        }
        if (requestId != null) {
            sb.append(" [request id ").append(requestId).append(']');
        }
        return sb.toString();
    }

    /** The operation that failed, e.g. {@code getMessage}. */
    public String getOperation() {
        return operation;
    }

    /** The HTTP status; 200 for {@code success:false} at 200, 0 when no response was received. */
    public int getStatusCode() {
        return statusCode;
    }

    /** Cloudflare's error entries (code and message), empty when the body had none. */
    public List<ApiError> getErrors() {
        return errors;
    }

    /** Cloudflare's request id ({@code cf-ray}) when the response had one, for support tickets. */
    public String getRequestId() {
        return requestId;
    }
}
