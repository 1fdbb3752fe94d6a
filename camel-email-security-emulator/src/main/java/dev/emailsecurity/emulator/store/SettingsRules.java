package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Semantic checks beyond the JSON schema (pattern types, regexes, IP ranges, directory-synced entries). */
public final class SettingsRules {

    private static final Pattern IPV4_CIDR = Pattern.compile(
            "^((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)(/(3[0-2]|[12]?\\d))?$");
    private static final Pattern IPV6_CIDR = Pattern.compile("^[0-9a-fA-F:]+:[0-9a-fA-F:]*(/\\d{1,3})?$");

    private SettingsRules() {
    }

    /** Validates an entry after a create/patch/put has been merged; {@code pointer} prefixes error sources. */
    static void check(SettingsKind kind, ObjectNode entry, String pointer) {
        String pattern = Json.text(entry, "pattern");
        if (kind.patternTyped()) {
            String type = Json.text(entry, "pattern_type");
            if ("UNKNOWN".equals(type)) {
                throw invalid(pointer + "/pattern_type", "pattern_type: UNKNOWN is read-only and cannot be set");
            }
            boolean regex = entry.path("is_regex").asBoolean(false);
            if (!regex && pattern != null && "EMAIL".equals(type) && !pattern.contains("@")) {
                throw invalid(pointer + "/pattern", "pattern: must be an email address for pattern_type EMAIL");
            }
            if (!regex && pattern != null && "IP".equals(type) && !isPublicIp(pattern)) {
                throw invalid(pointer + "/pattern",
                        "pattern: must be a public IPv4/IPv6 address or CIDR for pattern_type IP");
            }
        }
        if (entry.path("is_regex").asBoolean(false) || "url_ignore_patterns".equals(kind.path())) {
            checkRegex(pattern, pointer);
        }
        if ("content_policies".equals(kind.path())) {
            checkRegex(pattern, pointer);
        }
    }

    /** Entries synchronised from a directory are read-only. */
    static void checkEditable(SettingsKind kind, JsonNode entry) {
        String provenance = Json.text(entry, "provenance");
        if ("impersonation_registry".equals(kind.path()) && provenance != null && provenance.startsWith("SNOOPY")) {
            throw new ApiException(400, 1003,
                    "impersonation registry entries synced from a directory (" + provenance + ") cannot be edited");
        }
    }

    private static void checkRegex(String pattern, String pointer) {
        if (pattern == null) {
            return;
        }
        try {
            Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw invalid(pointer + "/pattern", "pattern: not a valid regular expression");
        }
    }

    static boolean isPublicIp(String value) {
        if (IPV4_CIDR.matcher(value).matches()) {
            String ip = value.split("/")[0];
            return !(ip.startsWith("10.") || ip.startsWith("127.") || ip.startsWith("192.168.")
                    || ip.startsWith("169.254.") || ip.startsWith("0.") || ip.equals("255.255.255.255")
                    || ip.matches("^172\\.(1[6-9]|2\\d|3[01])\\..*"));
        }
        return IPV6_CIDR.matcher(value).matches() && !value.startsWith("::1") && !value.equals("::")
                && !value.toLowerCase().startsWith("fe80");
    }

    public static ApiException invalid(String pointer, String message) {
        return new ApiException(400, List.of(new ApiException.ErrorItem(1002, message, pointer)));
    }
}
