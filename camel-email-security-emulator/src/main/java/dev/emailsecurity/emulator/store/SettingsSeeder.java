package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Seeds a few realistic entries into every settings resource. */
final class SettingsSeeder {

    private static final Map<String, List<String>> SEEDS = Map.of(
            "allow_policies", List.of(
                    "{\"pattern\":\"jane.smith@partner-logistics.com\",\"pattern_type\":\"EMAIL\",\"is_trusted_sender\":true,\"is_acceptable_sender\":false,\"is_exempt_recipient\":false,\"is_regex\":false,\"verify_sender\":true,\"comments\":\"Logistics partner\"}",
                    "{\"pattern\":\"saas-digest.io\",\"pattern_type\":\"DOMAIN\",\"is_trusted_sender\":false,\"is_acceptable_sender\":true,\"is_exempt_recipient\":false,\"is_regex\":false,\"verify_sender\":true,\"comments\":\"Newsletter the marketing team wants\"}",
                    "{\"pattern\":\"security-team@acme-corp.com\",\"pattern_type\":\"EMAIL\",\"is_trusted_sender\":false,\"is_acceptable_sender\":false,\"is_exempt_recipient\":true,\"is_regex\":false,\"verify_sender\":false,\"comments\":\"SOC mailbox receives samples\"}",
                    "{\"pattern\":\"203.0.113.25\",\"pattern_type\":\"IP\",\"is_trusted_sender\":true,\"is_acceptable_sender\":false,\"is_exempt_recipient\":false,\"is_regex\":false,\"verify_sender\":false,\"comments\":\"Internal scanner relay\"}"),
            "block_senders", List.of(
                    "{\"pattern\":\"micros0ft-login.com\",\"pattern_type\":\"DOMAIN\",\"is_regex\":false,\"comments\":\"Phishing kit domain\"}",
                    "{\"pattern\":\"billing@paypa1-support.com\",\"pattern_type\":\"EMAIL\",\"is_regex\":false,\"comments\":\"Brand impersonation\"}",
                    "{\"pattern\":\".*@lottery-prizes\\\\.biz\",\"pattern_type\":\"EMAIL\",\"is_regex\":true,\"comments\":\"Spam wave\"}",
                    "{\"pattern\":\"198.51.100.77\",\"pattern_type\":\"IP\",\"is_regex\":false,\"comments\":null}"),
            "domains", List.of(
                    "{\"domain\":\"acme-corp.com\",\"allowed_delivery_modes\":[\"DIRECT\",\"BCC\"],\"drop_dispositions\":[\"MALICIOUS\",\"SPAM\"],\"ip_restrictions\":[],\"regions\":[\"GLOBAL\"],\"lookback_hops\":2,\"folder\":\"Inbox\",\"require_tls_inbound\":true,\"require_tls_outbound\":false,\"transport\":\"acme-corp-com.mail.protection.outlook.com\"}",
                    "{\"domain\":\"acme-corp.co.uk\",\"allowed_delivery_modes\":[\"API\"],\"drop_dispositions\":[\"MALICIOUS\"],\"ip_restrictions\":[\"192.0.2.0/24\"],\"regions\":[\"DE\"],\"lookback_hops\":1,\"folder\":\"AllItems\",\"require_tls_inbound\":false,\"require_tls_outbound\":false,\"transport\":null}"),
            "impersonation_registry", List.of(
                    "{\"name\":\"Alex Carter\",\"email\":\"alex.carter@acme-corp.com\",\"is_email_regex\":false,\"comments\":\"CEO\"}",
                    "{\"name\":\"Priya Raman\",\"email\":\"priya.raman@acme-corp.com\",\"is_email_regex\":false,\"comments\":\"CFO\"}",
                    "{\"name\":\"Board Members\",\"email\":\".*@board\\\\.acme-corp\\\\.com\",\"is_email_regex\":true,\"provenance\":\"SNOOPY-OFFICE_365\",\"directory_id\":7,\"directory_node_id\":1042}"),
            "sending_domain_restrictions", List.of(
                    "{\"domain\":\"acme-corp.com\",\"exclude\":[\"newsletter.acme-corp.com\"],\"comments\":\"Enforce TLS for all mail from this domain\"}",
                    "{\"domain\":\"payments.acme-corp.com\",\"exclude\":[],\"comments\":null}"),
            "trusted_domains", List.of(
                    "{\"pattern\":\"partner-logistics.com\",\"is_recent\":true,\"is_regex\":false,\"is_similarity\":false,\"comments\":\"Trusted partner domain\"}",
                    "{\"pattern\":\"acme-supplier.de\",\"is_recent\":false,\"is_regex\":false,\"is_similarity\":true,\"comments\":null}",
                    "{\"pattern\":\"acme-corp\\\\.(com|co\\\\.uk)\",\"is_recent\":false,\"is_regex\":true,\"is_similarity\":true,\"comments\":\"Own domains\"}"),
            "url_ignore_patterns", List.of(
                    "{\"pattern\":\"https://safelinks\\\\.acme-corp\\\\.com/.*\",\"comments\":\"Trusted internal redirect service\"}",
                    "{\"pattern\":\"https://zoom\\\\.us/j/.*\",\"comments\":null}"),
            "content_policies", List.of(
                    "{\"name\":\"Block wire-transfer lures\",\"enabled\":true,\"pattern\":\"(?i)urgent wire transfer\",\"targets\":[\"SUBJECT\",\"BODY\"],\"notes\":\"BEC playbook\"}",
                    "{\"name\":\"Gift card scams\",\"enabled\":false,\"pattern\":\"(?i)gift ?cards?\",\"targets\":[\"BODY\"],\"notes\":null}"));

    private SettingsSeeder() {
    }

    /** Seeds the store; entries are backdated so they look like existing configuration. */
    static void seed(SettingsStore store, Instant now) {
        List<String> seeds = SEEDS.getOrDefault(store.kind().path(), List.of());
        for (int i = 0; i < seeds.size(); i++) {
            try {
                ObjectNode entry = store.create(Json.parse(seeds.get(i)), "");
                String at = Json.time(now.minus(Duration.ofDays(60 - i * 7L)));
                entry.put("created_at", at);
                entry.put("modified_at", at);
                entry.put("last_modified", at);
                if (entry.has("status")) {
                    entry.put("status", "ACTIVE");
                }
                if (entry.has("emails_processed")) {
                    ((ObjectNode) entry.get("emails_processed")).put("total_emails_processed", 18_000 + i * 713);
                    ((ObjectNode) entry.get("emails_processed")).put("total_emails_processed_previous", 17_250);
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
