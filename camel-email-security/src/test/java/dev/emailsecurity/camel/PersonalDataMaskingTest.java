package dev.emailsecurity.camel;

import dev.emailsecurity.camel.test.EmulatorTestSupport;
import dev.emailsecurity.camel.test.LogCapture;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code maskPersonalData} (default true): what the component itself logs at DEBUG shows no addresses or subjects;
 * switched off, the same search shows them.
 */
class PersonalDataMaskingTest extends EmulatorTestSupport {

    private static final String SEARCH = "email-security:searchMessages?recipient=alice.cfo@corp.example"
                                         + "&subject=Quarterly%20bonus%20for%20Alice&detectionsOnly=false";

    @Test
    void addressesAndSubjectsAreMaskedByDefault() {
        String logged = componentLog(SEARCH);

        assertThat(logged).contains("email-security searchMessages: GET /investigate?").contains("recipient=***")
                .contains("subject=***");
        assertThat(logged).doesNotContain("alice.cfo").doesNotContain("Quarterly");
    }

    @Test
    void switchedOffTheyAreShown() {
        String logged = componentLog(SEARCH + "&maskPersonalData=false");

        assertThat(logged).contains("recipient=alice.cfo@corp.example").contains("subject=Quarterly bonus for Alice");
    }

    private String componentLog(String uri) {
        try (LogCapture capture = new LogCapture("dev.emailsecurity")) {
            Exchange exchange = call(uri);
            assertThat(exchange.getException()).isNull();
            return capture.text();
        }
    }
}
