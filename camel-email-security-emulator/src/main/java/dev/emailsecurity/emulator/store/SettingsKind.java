package dev.emailsecurity.emulator.store;

import java.util.List;
import java.util.Map;

/**
 * Describes one settings resource: its path, id parameter, operationIds, writable fields, list filters
 * (query parameter to field), search fields and sort orders. One generic store and handler serve all of them.
 */
public record SettingsKind(String path, String idParam, String label, String opPrefix, String singular, String plural,
        List<String> fields, Map<String, String> filters, List<String> searchFields, boolean batch,
        boolean batchDeletesOnly) {

    public static final List<SettingsKind> ALL = List.of(
            new SettingsKind("allow_policies", "policy_id", "Allow policy", "email_security_", "allow_policy",
                    "allow_policies",
                    List.of("comments", "is_acceptable_sender", "is_exempt_recipient", "is_regex", "is_trusted_sender",
                            "pattern", "pattern_type", "verify_sender"),
                    Map.of("is_exempt_recipient", "is_exempt_recipient", "is_trusted_sender", "is_trusted_sender",
                            "is_acceptable_sender", "is_acceptable_sender", "verify_sender", "verify_sender",
                            "pattern_type", "pattern_type", "pattern", "pattern"),
                    List.of("pattern", "comments"), true, false),
            new SettingsKind("block_senders", "pattern_id", "Blocked sender", "email_security_", "blocked_sender",
                    "blocked_senders", List.of("comments", "is_regex", "pattern", "pattern_type"),
                    Map.of("pattern_type", "pattern_type", "pattern", "pattern"), List.of("pattern", "comments"), true,
                    false),
            new SettingsKind("domains", "domain_id", "Domain", "email_security_", "domain", "domains",
                    List.of("allowed_delivery_modes", "domain", "drop_dispositions", "folder", "integration_id",
                            "ip_restrictions", "lookback_hops", "regions", "require_tls_inbound",
                            "require_tls_outbound", "transport"),
                    Map.of("allowed_delivery_mode", "allowed_delivery_modes", "active_delivery_mode",
                            "allowed_delivery_modes", "domain", "domain", "integration_id", "integration_id",
                            "status", "status"),
                    List.of("domain"), true, false),
            new SettingsKind("impersonation_registry", "impersonation_registry_id", "Impersonation registry entry",
                    "email_security_", "impersonation_registry", "impersonation_registry",
                    List.of("comments", "directory_id", "directory_node_id", "email", "external_directory_node_id",
                            "is_email_regex", "name", "provenance"),
                    Map.of("provenance", "provenance"), List.of("name", "email"), false, false),
            new SettingsKind("sending_domain_restrictions", "sending_domain_restriction_id",
                    "Sending domain restriction", "email_security_", "sending_domain_restriction",
                    "sending_domain_restrictions", List.of("comments", "domain", "exclude"), Map.of(),
                    List.of("domain", "comments"), true, true),
            new SettingsKind("trusted_domains", "trusted_domain_id", "Trusted domain", "email_security_",
                    "trusted_domain", "trusted_domains",
                    List.of("comments", "is_recent", "is_regex", "is_similarity", "pattern"),
                    Map.of("is_recent", "is_recent", "is_similarity", "is_similarity", "pattern", "pattern"),
                    List.of("pattern", "comments"), true, false),
            new SettingsKind("url_ignore_patterns", "pattern_id", "URL ignore pattern", "email_security_",
                    "url_ignore_pattern", "url_ignore_patterns", List.of("comments", "pattern"), Map.of(),
                    List.of("pattern", "comments"), true, false),
            new SettingsKind("content_policies", "policy_id", "Content policy", "email_security_", "content_policy",
                    "content_policies", List.of("enabled", "name", "notes", "pattern", "targets"),
                    Map.of("enabled", "enabled", "name", "name"), List.of("name", "pattern", "notes"), true, false));

    public String listOp() {
        return "domains".equals(path) ? "email_security_list_domains"
                : "impersonation_registry".equals(path) ? "email_security_list_impersonation_registry"
                : opPrefix + "list_" + plural;
    }

    public String getOp() {
        return opPrefix + "get_" + singular;
    }

    public String createOp() {
        return "domains".equals(path) ? "email_security_create_domains" : opPrefix + "create_" + singular;
    }

    public String updateOp() {
        return opPrefix + "update_" + singular;
    }

    public String deleteOp() {
        return opPrefix + "delete_" + singular;
    }

    public String batchOp() {
        return opPrefix + "batch_" + plural;
    }

    /** Fields a client may filter on that hold arrays (match when the array contains the value). */
    boolean patternTyped() {
        return fields.contains("pattern_type");
    }
}
