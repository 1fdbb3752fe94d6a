package dev.emailsecurity.camel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.model.MoveRequest;
import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.Exchange;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Must-show 6: bad URIs, options, headers and bodies each fail with a clear message before any HTTP call (the
 * emulator sees no call). The table is rendered from the cases below and checked against
 * {@code docs/reliability/bad-input.md}.
 */
class BadInputTableTest extends EmulatorTestSupport {

    private static final String ID = "4Fmf8V2Td6z1sNQ-2026111807";

    /** One bad input: what it is, the URI, body and headers, and a part of the message it must produce. */
    private record Case(String kind, String what, String uri, Object body, Map<String, Object> headers,
                        String expected) {
    }

    private static Case uri(String what, String uri, String expected) {
        return new Case("URI / option", what, uri, null, Map.of(), expected);
    }

    private static Case header(String what, String uri, String name, Object value, String expected) {
        return new Case("header", what, uri, null, Map.of(name, value), expected);
    }

    private static Case body(String what, String uri, Object body, String expected) {
        return new Case("body", what, uri, body, Map.of(), expected);
    }

    private static final List<Case> CASES = List.of(
            uri("unknown operation", "email-security:serchMessages",
                    "Unknown email-security operation 'serchMessages'. Did you mean searchMessages?"),
            uri("unknown option", "email-security:getMessage?investigateId=" + ID + "&bogusOption=1", "bogusOption"),
            uri("account id not 32 hex", "email-security:getMessage?accountId=acme", "not a Cloudflare account id"),
            uri("key without e-mail", "email-security:getMessage?apiToken=&apiKey=abc", "only one of them is set"),
            uri("page size 0", "email-security:listBlockedSenders?pageSize=0", "pageSize must be between 1 and 1000"),
            uri("page size negative", "email-security:listBlockedSenders?pageSize=-5", "pageSize must be between 1 and"),
            uri("page size over 1000", "email-security:listBlockedSenders?pageSize=5000", "was 5000"),
            uri("maxResults negative", "email-security:listBlockedSenders?maxResults=-1", "maxResults must be 0"),
            uri("baseUrl not http(s)", "email-security:listBlockedSenders?baseUrl=ftp://example.com", "baseUrl must be"),
            uri("disposition enum", "email-security:searchMessages?finalDisposition=EVIL", "Invalid value 'EVIL' for "
                                                                                            + "finalDisposition"),
            uri("message action enum", "email-security:searchMessages?messageAction=NUKE", "messageAction"),
            uri("delivery status enum", "email-security:searchMessages?deliveryStatus=lost", "deliveryStatus"),
            uri("bulk action type enum", "email-security:listBulkJobs?actionType=DELETE", "actionType"),
            uri("submission type enum", "email-security:listSubmissions?submissionType=bogus", "submissionType"),
            uri("order enum", "email-security:listAllowPolicies?order=random", "Invalid value 'random' for order"),
            uri("order of another list", "email-security:listAllowPolicies?order=name", "of listAllowPolicies"),
            uri("order of another list", "email-security:listBlockedSenders?order=domain", "pattern, created_at"),
            uri("order of another list", "email-security:listDomains?order=pattern", "of listDomains"),
            uri("order of another list", "email-security:listImpersonationRegistry?order=pattern",
                    "name, email, created_at"),
            uri("order of another list", "email-security:listSendingDomainRestrictions?order=name", "domain, created_at"),
            uri("order of another list", "email-security:listTrustedDomains?order=domain", "of listTrustedDomains"),
            uri("order of another list", "email-security:listContentPolicies?order=pattern", "name, created_at"),
            uri("order of another list", "email-security:listSubmissions?order=created_at", "requested_at"),
            uri("status of another list", "email-security:listDomains?status=DONE", "PENDING, ACTIVE, FAILED, TIMEOUT"),
            uri("domain status in lower case", "email-security:listDomains?status=active", "of listDomains"),
            uri("status of another list", "email-security:listBulkJobs?status=SKIPPED", "of listBulkJobs"),
            uri("status of another list", "email-security:listBulkJobMessages?jobId=1&status=DISCOVERING",
                    "of listBulkJobMessages"),
            header("order of another list in a header", "email-security:listDomains", "CamelEmailSecurityOrder",
                    "pattern", "of listDomains"),
            uri("direction enum", "email-security:listAllowPolicies?direction=sideways", "direction"),
            uri("pattern type enum", "email-security:listBlockedSenders?patternType=IPV9", "patternType"),
            uri("delivery mode enum", "email-security:listDomains?allowedDeliveryMode=PIGEON", "allowedDeliveryMode"),
            uri("provenance enum", "email-security:listImpersonationRegistry?provenance=rumour", "provenance"),
            uri("maxRetries negative", "email-security:listBlockedSenders?maxRetries=-1", "maxRetries must be"),
            uri("maxRetries too many", "email-security:listBlockedSenders?maxRetries=50", "maxRetries must be"),
            uri("responseTimeout zero", "email-security:listBlockedSenders?responseTimeout=0", "must be positive"),
            uri("proxy port out of range", "email-security:listBlockedSenders?proxyHost=localhost&proxyPort=70000",
                    "proxyPort must be between 1 and 65535"),
            uri("proxy port without host", "email-security:listBlockedSenders?proxyPort=3128", "proxyHost is not"),
            uri("proxy user without password", "email-security:listBlockedSenders?proxyUsername=bob",
                    "proxyUsername and proxyPassword"),
            uri("maxRetries not a number", "email-security:listBlockedSenders?maxRetries=abc", "maxRetries"),
            uri("maxRetryWait not a duration", "email-security:listBlockedSenders?maxRetryWait=abc", "maxRetryWait"),
            uri("changeWindow not a duration", "email-security:searchMessages?changeWindow=abc", "changeWindow"),
            uri("changeWindow negative", "email-security:searchMessages?changeWindow=-P1D", "changeWindow"),
            uri("overlap not a duration", "email-security:searchMessages?overlap=abc", "overlap"),
            uri("overlap negative", "email-security:searchMessages?overlap=-PT5M", "overlap"),
            uri("maxResults not a number", "email-security:listBlockedSenders?maxResults=abc", "maxResults"),
            uri("page size not a number", "email-security:listBlockedSenders?pageSize=abc", "pageSize"),
            uri("page size over int", "email-security:listBlockedSenders?pageSize=2147483648", "2147483648"),
            uri("start not a date", "email-security:searchMessages?start=not-a-date", "not-a-date"),
            uri("start month 13", "email-security:searchMessages?start=2026-13-45", "2026-13-45"),
            uri("end before start", "email-security:searchMessages?start=2026-06-02T00:00:00Z&end=2026-06-01T00:00:00Z",
                    "before start"),
            uri("plain http to a remote host", "email-security:listBlockedSenders?baseUrl=http://api.example.com/client/v4",
                    "baseUrl"),
            uri("baseUrl with a query", "email-security:listBlockedSenders?baseUrl=https://api.example.com/v4?x=1",
                    "baseUrl"),
            uri("baseUrl with a fragment", "email-security:listBlockedSenders?baseUrl=https://api.example.com/v4%23top",
                    "baseUrl"),
            uri("requestDeadline zero", "email-security:listBlockedSenders?requestDeadline=0", "requestDeadline"),
            header("id '.'", "email-security:getMessage", "CamelEmailSecurityInvestigateId", ".", "'.'"),
            header("id '..'", "email-security:deleteAllowPolicy", "CamelEmailSecurityPolicyId", "..", "'..'"),
            header("page size not a number in a header", "email-security:listBlockedSenders",
                    "CamelEmailSecurityPageSize", "abc", "CamelEmailSecurityPageSize"),
            header("start not a date in a header", "email-security:searchMessages", "CamelEmailSecurityStart",
                    "2026-13-45", "CamelEmailSecurityStart"),
            header("unknown operation header", "email-security:getMessage", EmailSecurityConstants.OPERATION, "nope",
                    "Unknown operation 'nope'"),
            header("disposition enum in a header", "email-security:searchMessages",
                    "CamelEmailSecurityFinalDisposition", "EVIL", "header CamelEmailSecurityFinalDisposition"),
            header("page size 0 in a header", "email-security:listBlockedSenders", "CamelEmailSecurityPageSize", 0,
                    "pageSize must be between 1 and 1000, was 0"),
            header("page 0 in a header", "email-security:listBlockedSenders", "CamelEmailSecurityPage", 0,
                    "page must be 1 or more"),
            header("page not a number", "email-security:listBlockedSenders", "CamelEmailSecurityPage", "first",
                    "Expected a whole number in CamelEmailSecurityPage"),
            uri("missing id", "email-security:getMessage", "needs investigateId"),
            header("blank id", "email-security:getMessage", "CamelEmailSecurityInvestigateId", "  ",
                    "needs investigateId"),
            header("id with '/'", "email-security:getMessage", "CamelEmailSecurityInvestigateId", "a/../b",
                    "is not a valid id (it contains '/')"),
            header("policy id with '/'", "email-security:deleteAllowPolicy", "CamelEmailSecurityPolicyId", "1/2",
                    "policyId"),
            body("body of the wrong type", "email-security:createBlockedSender", 42, "cannot take a body of type "
                                                                                    + "java.lang.Integer"),
            body("body not JSON", "email-security:createBlockedSender", "{not json", "the body is not valid JSON"),
            body("JSON array for an object", "email-security:createBlockedSender", "[1,2]", "must be a JSON object"),
            body("create without required fields", "email-security:createBlockedSender", "{\"pattern\":\"x@y.z\"}",
                    "lacks the required fields is_regex, pattern_type"),
            body("allow policy from an empty object", "email-security:createAllowPolicy", Map.of(),
                    "lacks the required fields is_acceptable_sender"),
            body("trusted domain without pattern", "email-security:createTrustedDomain",
                    "{\"is_recent\":true,\"is_regex\":false,\"is_similarity\":false}", "required field pattern"),
            body("move without destination", "email-security:moveMessages", MoveRequest.of(null, List.of(ID)),
                    "needs a destination"),
            body("reclassify without disposition", "email-security:reclassifyMessage?investigateId=" + ID, Map.of(),
                    "reclassifyMessage needs expectedDisposition"),
            body("bulk job without search_params", "email-security:createBulkJob", "{\"action\":\"MOVE\"}",
                    "search_params"),
            body("release without a body", "email-security:releaseMessages", null, "has no messages to act on"),
            body("release of an empty list", "email-security:releaseMessages", List.of(), "has no messages to act on"),
            body("release of a blank id", "email-security:releaseMessages", List.of(" "), "has no messages to act on"),
            body("release of an id with '/'", "email-security:releaseMessages", List.of("x/y"), "contains '/'"),
            body("release above the blast-radius cap", "email-security:releaseMessages?maxMessagesPerAction=2",
                    List.of(ID, ID + "2", ID + "3"), "3 messages targeted, more than maxMessagesPerAction=2"),
            body("release of a boolean", "email-security:releaseMessages", true, "java.lang.Boolean"),
            body("batch over 1000 posts", "email-security:batchBlockedSenders",
                    Map.of("posts", Collections.nCopies(1001, Map.of("pattern", "a@b.c")), "deletes", List.of(),
                            "patches", List.of(), "puts", List.of()),
                    "posts has 1001 entries, the API takes at most 1000"),
            body("bulk delete of items without id", "email-security:deleteDomains", List.of(Map.of("name", "x")),
                    "cannot take a body of type"),
            header("misspelt operation header", "email-security:getMessage", EmailSecurityConstants.OPERATION,
                    "getMesage",
                    "Unknown operation 'getMesage' in header CamelEmailSecurityOperation. Did you mean getMessage?"));

    @Test
    void everyBadInputFailsClearlyWithoutAnyCall() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        SoftAssertions soft = new SoftAssertions();
        for (Case c : CASES) {
            emulator.clearCalls();
            String message = failure(c);
            soft.assertThat(message).as(c.what()).contains(c.expected());
            soft.assertThat(emulator.totalCalls()).as(c.what() + ": calls the emulator saw").isZero();
            rows.add(List.of(String.valueOf(++n), c.kind(), c.what(), "`" + c.uri() + "`", describe(c), message));
        }
        soft.assertAll();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        DocsTable.checkOrWrite("reliability/bad-input.md", DocsTable.render("""
                # Bad input: what it says, before any call

                Generated and checked by `BadInputTableTest` (regenerate with `-Ddocs.regenerate=true`). Each bad URI, \
                option, header or body fails with this message (the root cause; a bad URI fails when the endpoint is \
                created, so a route with it does not start) and the emulator sees no HTTP call.""",
                List.of("#", "kind", "input", "URI", "body / header", "message"), rows));
    }

    private String failure(Case c) {
        Throwable error;
        try {
            Exchange exchange = call(c.uri(), c.body(), new HashMap<>(c.headers()));
            error = exchange.getException();
        } catch (RuntimeException e) {
            error = e;
        }
        assertThat(error).as(c.what() + " must fail").isNotNull();
        String message = clearest(error).getMessage();
        return message.length() > 220 ? message.substring(0, 220) + "…" : message;
    }

    private static String json(Object value) {
        return new String(JsonCodec.toBytes(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The first of our IllegalArgumentExceptions in the chain (wrapped by Camel for a bad URI), else the root. */
    private static Throwable clearest(Throwable error) {
        Throwable t = error;
        while (true) {
            if (ours(t) && !ours(t.getCause())) {
                return t;
            }
            if (t.getCause() == null || t.getCause() == t) {
                return t;
            }
            t = t.getCause();
        }
    }

    private static boolean ours(Throwable t) {
        return t instanceof IllegalArgumentException && !(t instanceof NumberFormatException);
    }

    private static String describe(Case c) {
        if (!c.headers().isEmpty()) {
            return c.headers().entrySet().iterator().next().toString();
        }
        if (c.body() == null) {
            return "-";
        }
        Object body = c.body();
        String text;
        if (body instanceof String s) {
            text = s;
        } else if (body instanceof Map<?, ?> m) {
            text = "Map " + json(new java.util.TreeMap<>(m));
        } else if (body instanceof java.util.Collection<?> list) {
            text = "List " + json(list);
        } else if (body instanceof Number || body instanceof Boolean) {
            text = body.getClass().getSimpleName() + " " + body;
        } else {
            text = body.getClass().getSimpleName() + " " + json(body);
        }
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
