package dev.emailsecurity.emulator.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Read-only and defaulted fields the API adds to a created settings entry. */
final class SettingsDefaults {

    private SettingsDefaults() {
    }

    static void complete(SettingsKind kind, ObjectNode entry, String now) {
        switch (kind.path()) {
            case "allow_policies" -> {
                entry.put("is_sender", entry.path("is_trusted_sender").asBoolean(false));
                entry.put("is_recipient", entry.path("is_exempt_recipient").asBoolean(false));
                entry.put("is_spoof", entry.path("is_acceptable_sender").asBoolean(false));
            }
            case "impersonation_registry" -> {
                if (!entry.hasNonNull("provenance")) {
                    entry.put("provenance", "A1S_INTERNAL");
                }
            }
            case "domains" -> completeDomain(entry, now);
            default -> {
            }
        }
    }

    private static void completeDomain(ObjectNode entry, String now) {
        if (entry.has("transport") && entry.get("transport").isNull()) {
            entry.remove("transport");
        }
        if (!entry.hasNonNull("lookback_hops")) {
            entry.put("lookback_hops", 2);
        }
        if (!entry.has("folder")) {
            entry.putNull("folder");
        }
        ObjectNode authorization = entry.putObject("authorization");
        authorization.put("authorized", true);
        authorization.putNull("status_message");
        authorization.put("timestamp", now);
        ObjectNode processed = entry.putObject("emails_processed");
        processed.put("timestamp", now);
        processed.put("total_emails_processed", 0);
        processed.put("total_emails_processed_previous", 0);
        entry.put("dmarc_status", "good");
        entry.put("spf_status", "good");
        entry.put("status", "PENDING");
        entry.put("inbox_provider", "Microsoft");
        entry.putNull("o365_tenant_id");
    }
}
