package dev.emailsecurity.emulator.api;

/**
 * One API operation: its OpenAPI operationId, HTTP method, path template (after
 * {@code /accounts/{account_id}/email-security}) and handler. Mutating routes need write scope.
 */
public record Route(String operationId, String method, String template, Handler handler) {

    /** Handles one request of a route. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(ApiRequest request);
    }

    public boolean write() {
        return !"GET".equals(method);
    }

    String[] segments() {
        return template.substring(1).split("/");
    }
}
