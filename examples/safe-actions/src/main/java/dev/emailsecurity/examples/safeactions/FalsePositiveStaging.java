package dev.emailsecurity.examples.safeactions;

import java.util.List;
import java.util.Map;

import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;

/**
 * Emulator only: sets the scene for the demo. The SOC reports two quarantined messages as false positives
 * (reclassifyMessage asking for NONE, which opens a submission), and the vendor's review agrees (the emulator
 * completes those submissions with outcome NONE).
 */
final class FalsePositiveStaging {

    private FalsePositiveStaging() {
    }

    /** @return the investigate ids of the messages reported as false positives */
    static List<String> stage(EmailSecurityEmulator emulator) throws Exception {
        List<Map<String, Object>> quarantined = emulator.state().messages().stream()
                .filter(m -> Boolean.TRUE.equals(m.get("is_quarantined")))
                .filter(m -> List.of("SUSPICIOUS", "SPOOF").contains(m.get("final_disposition")))
                .limit(2).toList();
        List<String> ids = quarantined.stream().map(m -> (String) m.get("id")).toList();
        try (CamelContext camel = SafeActionsDemo.context(emulator.baseUrl(), emulator.accountId(),
                emulator.writeToken())) {
            camel.start();
            camel.createProducerTemplate().sendBody("email-security:reclassifyMessage?expectedDisposition=NONE", ids);
        }
        List<Object> postfixIds = quarantined.stream().map(m -> m.get("postfix_id")).toList();
        emulator.state().submissions().stream()
                .filter(s -> "pending".equals(s.get("status")) && postfixIds.contains(s.get("original_postfix_id")))
                .forEach(s -> emulator.state().setSubmissionOutcome((String) s.get("submission_id"), "NONE"));
        return ids;
    }
}
