package dev.emailsecurity.camel;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.emailsecurity.camel.error.EmailSecurityApiException;
import dev.emailsecurity.camel.error.EmailSecurityAuthenticationException;
import dev.emailsecurity.camel.error.EmailSecurityNotFoundException;
import dev.emailsecurity.camel.error.EmailSecurityPermissionDeniedException;
import dev.emailsecurity.camel.error.EmailSecurityRateLimitException;
import dev.emailsecurity.camel.error.EmailSecurityServerException;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.emulator.RecordedCall;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each error status, and {@code success:false} at 200, surfaces as the documented exception carrying Cloudflare's
 * message; bad endpoint configuration fails when the route starts, with a message that names the problem.
 */
class ErrorHandlingTest extends EmulatorTestSupport {

    private static final String GET_MESSAGE = "email_security_get_message";

    /** These tests check how one answer maps to an exception, so retries are off (FaultMatrixTest covers them). */
    @Override
    protected void configure(EmailSecurityConfiguration configuration) {
        super.configure(configuration);
        configuration.setMaxRetries(0);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({
            "400, dev.emailsecurity.camel.error.EmailSecurityBadRequestException",
            "401, dev.emailsecurity.camel.error.EmailSecurityAuthenticationException",
            "403, dev.emailsecurity.camel.error.EmailSecurityPermissionDeniedException",
            "404, dev.emailsecurity.camel.error.EmailSecurityNotFoundException",
            "409, dev.emailsecurity.camel.error.EmailSecurityConflictException",
            "422, dev.emailsecurity.camel.error.EmailSecurityUnprocessableEntityException",
            "500, dev.emailsecurity.camel.error.EmailSecurityServerException",
            "503, dev.emailsecurity.camel.error.EmailSecurityServerException" })
    void errorStatusGivesTheDocumentedExceptionWithCloudflaresMessage(int status, Class<?> expected) {
        emulator.faults().next(1).forOperation(GET_MESSAGE).respondStatus(status);

        EmailSecurityApiException e = failure(getMessage());

        assertThat(e).isInstanceOf(expected);
        assertThat(e.getStatusCode()).isEqualTo(status);
        assertThat(e.getOperation()).isEqualTo("getMessage");
        String cloudflareMessage = firstErrorMessage(lastCall());
        assertThat(e.getErrors()).isNotEmpty();
        assertThat(e.getErrors().get(0).message()).isEqualTo(cloudflareMessage);
        assertThat(e.getMessage()).contains("getMessage", "HTTP " + status, cloudflareMessage);
    }

    @Test
    void rateLimitCarriesRetryAt() {
        emulator.faults().next(1).forOperation(GET_MESSAGE).respond429(java.time.Duration.ofSeconds(30));
        java.time.Instant before = java.time.Instant.now();

        EmailSecurityApiException e = failure(getMessage());

        assertThat(e).isInstanceOf(EmailSecurityRateLimitException.class);
        java.time.Instant retryAt = ((EmailSecurityRateLimitException) e).getRetryAt();
        assertThat(retryAt).isBetween(before.plusSeconds(29), java.time.Instant.now().plusSeconds(31));
        assertThat(e.getMessage()).contains("HTTP 429", firstErrorMessage(lastCall()));
    }

    @Test
    void successFalseAtHttp200IsAnError() {
        emulator.faults().next(1).forOperation(GET_MESSAGE).successFalseAt200();

        EmailSecurityApiException e = failure(getMessage());

        assertThat(e.getClass()).isEqualTo(EmailSecurityApiException.class);
        assertThat(e.getStatusCode()).isEqualTo(200);
        assertThat(e.getMessage()).contains("success:false", firstErrorMessage(lastCall()));
    }

    @Test
    void htmlErrorPageAndMalformedJsonAreReportedNotParsed() {
        emulator.faults().next(1).forOperation(GET_MESSAGE).respondHtml(502);
        EmailSecurityApiException html = failure(getMessage());
        assertThat(html).isInstanceOf(EmailSecurityServerException.class);
        assertThat(html.getMessage()).contains("HTTP 502", "non-JSON error body", "text/html");

        emulator.faults().next(1).forOperation(GET_MESSAGE).malformedJson();
        EmailSecurityApiException malformed = failure(getMessage());
        assertThat(malformed.getMessage()).contains("not the API's JSON envelope");
    }

    @Test
    void realAuthScopeAndNotFoundErrors() {
        EmailSecurityApiException notFound = failure(call("email-security:getMessage?investigateId=no-such-message"));
        assertThat(notFound).isInstanceOf(EmailSecurityNotFoundException.class);

        EmailSecurityApiException wrongToken = failure(call("email-security:getMessage?apiToken=wrong-token&investigateId="
                                                              + anyMessageId()));
        assertThat(wrongToken).isInstanceOf(EmailSecurityAuthenticationException.class);

        EmailSecurityApiException readOnly = failure(call("email-security:releaseMessages?apiToken="
                                                          + emulator.readToken(), java.util.List.of(anyMessageId()), Map.of()));
        assertThat(readOnly).isInstanceOf(EmailSecurityPermissionDeniedException.class);
        assertThat(emulator.state().releasedIds()).isEmpty();
    }

    @Test
    void badConfigurationFailsAtRouteStartNamingTheProblem() {
        assertStartFails("email-security:getMessage?accountId=not-an-account", "accountId 'not-an-account'",
                "32 hexadecimal");
        assertStartFails("email-security:getMessage?apiToken=", "no credentials", "apiToken");
        assertStartFails("email-security:searchMessage", "Unknown email-security operation 'searchMessage'",
                "searchMessages");
        assertStartFails("email-security:serchMessages", "Unknown email-security operation 'serchMessages'",
                "Did you mean searchMessages", "docs/user-guide.md");
        assertStartFails("email-security:getMessage?noSuchOption=1", "noSuchOption");
        assertStartFails("email-security:searchMessages?finalDispositon=MALICIOUS",
                "Unknown option finalDispositon (did you mean finalDisposition", "docs/options.md");
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:typo-token").to("email-security:getMessage?apiTokn=typo-secret-4711");
            }
        })).satisfies(e -> {
            // Camel's own wrappers repeat the URI as written; the component's message names the option only
            Throwable own = e;
            while (own.getCause() != null) {
                own = own.getCause();
            }
            assertThat(own.getMessage()).contains("apiTokn (did you mean apiToken").doesNotContain("4711");
        });
        assertStartFails("email-security:searchMessages?finalDisposition=EVIL", "finalDisposition", "MALICIOUS");
        assertStartFails("email-security:searchMessages?pageSize=5000", "pageSize must be between 1 and 1000");
        assertThat(emulator.totalCalls()).isZero();
    }

    @Test
    void badHeaderValuesFailBeforeAnyCall() {
        Exchange badOperation = call("email-security:getMessage", null,
                Map.of(EmailSecurityConstants.OPERATION, "deleteEverything"));
        assertThat(badOperation.getException()).hasMessageContaining("Unknown operation 'deleteEverything'");

        Exchange badEnum = call("email-security:searchMessages", null,
                Map.of(EmailSecurityConstants.FINAL_DISPOSITION, "EVIL"));
        assertThat(badEnum.getException()).hasMessageContaining("Invalid value 'EVIL' for finalDisposition");

        Exchange missingId = call("email-security:getMessage");
        assertThat(missingId.getException()).hasMessageContaining("needs investigateId")
                .hasMessageContaining(EmailSecurityConstants.INVESTIGATE_ID);

        Exchange badBody = call("email-security:createBlockedSender", 42, Map.of());
        assertThat(badBody.getException()).hasMessageContaining("cannot take a body of type java.lang.Integer")
                .hasMessageContaining("BlockedSender, Map or JSON String");

        Exchange badJson = call("email-security:createBlockedSender", "{not json", Map.of());
        assertThat(badJson.getException()).hasMessageContaining("not valid JSON");

        assertThat(emulator.totalCalls()).isZero();
    }

    private void assertStartFails(String uri, String... expectedFragments) {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bad-" + Math.abs(uri.hashCode())).to(uri);
            }
        })).satisfies(e -> {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = e; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).as("start failure of %s", uri).contains(expectedFragments);
        });
    }

    private Exchange getMessage() {
        return call("email-security:getMessage", null, Map.of(EmailSecurityConstants.INVESTIGATE_ID, anyMessageId()));
    }

    private static String anyMessageId() {
        return String.valueOf(emulator.state().messages().get(0).get("id"));
    }

    private static EmailSecurityApiException failure(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(EmailSecurityApiException.class);
        return (EmailSecurityApiException) exchange.getException();
    }

    private static RecordedCall lastCall() {
        return emulator.calls().get(emulator.calls().size() - 1);
    }

    private static String firstErrorMessage(RecordedCall call) {
        try {
            JsonNode errors = JsonCodec.mapper().readTree(call.responseBody()).get("errors");
            return errors.get(0).get("message").asText();
        } catch (Exception e) {
            throw new AssertionError("no error envelope in " + call.responseBody(), e);
        }
    }
}
