package dev.emailsecurity.emulator.api;

import java.util.List;

/** An API failure that is rendered as the v4 error envelope. */
public final class ApiException extends RuntimeException {

    /** One entry of the envelope's {@code errors} array. */
    public record ErrorItem(int code, String message, String pointer) {
    }

    private final int status;
    private final List<ErrorItem> errors;

    public ApiException(int status, int code, String message) {
        this(status, List.of(new ErrorItem(code, message, null)));
    }

    public ApiException(int status, List<ErrorItem> errors) {
        super(errors.isEmpty() ? "error" : errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    List<ErrorItem> errors() {
        return errors;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, 1001, message);
    }

    public static ApiException notFound(String what, String id) {
        return new ApiException(404, 1404, what + " not found: " + id);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, 1409, message);
    }
}
