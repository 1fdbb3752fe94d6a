package dev.emailsecurity.camel.transport;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Describes a request for the component's own DEBUG log, with personal data masked when asked: the values of the
 * filters that name people or mail ({@code recipient}, {@code sender}, {@code subject}, {@code query}, ...) and
 * anything that looks like an e-mail address, in the query and in the path. Credentials are never part of it.
 */
public final class LogMask {

    private static final Set<String> PERSONAL = Set.of("recipient", "sender", "subject", "query", "search",
            "pattern", "message_id", "alert_id", "domain", "escalated_from_user");
    private static final Pattern ADDRESS = Pattern.compile("[^/@\\s]+@[^/\\s]+");
    private static final String MASK = "***";

    private final boolean mask;

    public LogMask(boolean mask) {
        this.mask = mask;
    }

    /** {@code METHOD /path?name=value...}, masked as configured. */
    public String describe(ApiRequest request) {
        StringBuilder sb = new StringBuilder(request.method()).append(' ').append(text(request.path()));
        char sep = '?';
        for (Map.Entry<String, String> e : request.query()) {
            boolean personal = PERSONAL.contains(e.getKey().toLowerCase(Locale.ROOT));
            sb.append(sep).append(e.getKey()).append('=').append(mask && personal ? MASK : text(e.getValue()));
            sep = '&';
        }
        return sb.toString();
    }

    private String text(String value) {
        return mask ? ADDRESS.matcher(value).replaceAll(MASK) : value;
    }
}
