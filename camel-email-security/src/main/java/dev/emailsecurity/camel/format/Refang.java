package dev.emailsecurity.camel.format;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Undoes the usual defanging of URLs, domains and addresses and normalises them. */
final class Refang {

    private static final Pattern DOT = Pattern.compile("\\[\\.]|\\(\\.\\)|\\{\\.}|\\[dot]|\\(dot\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT = Pattern.compile("\\[@]|\\(@\\)|\\[at]|\\(at\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^(?:hxxp|hXXp|h\\*\\*p|meow)(s?)(?:\\[:]|:)?(//|\\[://]|\\[:]//)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COLON_SLASHES = Pattern.compile("\\[:]//|\\[://]");
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    private Refang() {
    }

    static String text(String value) {
        String v = DOT.matcher(value.trim()).replaceAll(".");
        v = AT.matcher(v).replaceAll("@");
        v = SCHEME.matcher(v).replaceFirst("http$1://");
        return COLON_SLASHES.matcher(v).replaceAll("://");
    }

    /** A refanged URL with a lower-case scheme and host, or null when the value is not an absolute URL. */
    static String url(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = text(value);
        try {
            URI uri = new URI(v);
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@") + host
                   + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                   + (uri.getRawPath() == null ? "" : uri.getRawPath())
                   + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                   + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (Exception e) {
            return null;
        }
    }

    static String hostOf(String url) {
        try {
            return url == null ? null : new URI(url).getHost();
        } catch (Exception e) {
            return null;
        }
    }

    /** A lower-case domain without a trailing dot, or null when the value does not look like one. */
    static String domain(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = text(value).toLowerCase(Locale.ROOT);
        if (v.endsWith(".")) {
            v = v.substring(0, v.length() - 1);
        }
        return v.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+") && !isIp(v) ? v : null;
    }

    static boolean isIp(String value) {
        return value != null && (IPV4.matcher(value).matches() || value.contains(":") && value.matches("[0-9a-fA-F:.]+"));
    }
}
