package dev.emailsecurity.emulator.contract;

import java.util.List;
import java.util.Map;

/** Validates one request/response exchange against the OpenAPI; returns the problems found. */
public interface ContractCheck {

    /** The exchange to validate. */
    record Exchange(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
            String requestBody, int status, Map<String, String> responseHeaders, String responseBody) {
    }

    ContractCheck NONE = exchange -> List.of();

    /** @return messages prefixed {@code request:} or {@code response:} */
    List<String> check(Exchange exchange);
}
