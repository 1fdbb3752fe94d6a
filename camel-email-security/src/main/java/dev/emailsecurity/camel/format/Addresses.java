package dev.emailsecurity.camel.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Mail addresses as the API writes them: {@code Name <user@example.com>} or a bare address. */
final class Addresses {

    private Addresses() {
    }

    /** The bare address, refanged, with a lower-case domain, or null when there is none. */
    static String address(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        int lt = v.lastIndexOf('<');
        int gt = v.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            v = v.substring(lt + 1, gt);
        }
        v = Refang.text(v).trim();
        int at = v.lastIndexOf('@');
        if (at <= 0 || at == v.length() - 1 || v.contains(" ")) {
            return null;
        }
        return v.substring(0, at) + "@" + v.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    static String domain(String value) {
        String a = address(value);
        return a == null ? null : Refang.domain(a.substring(a.lastIndexOf('@') + 1));
    }

    /** The bare addresses of a list, leaving out what is not an address. */
    static List<String> list(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                String a = address(v);
                if (a != null) {
                    out.add(a);
                }
            }
        }
        return out;
    }
}
