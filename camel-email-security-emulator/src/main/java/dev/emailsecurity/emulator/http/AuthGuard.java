package dev.emailsecurity.emulator.http;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.Route;

import java.util.List;
import java.util.Map;

/**
 * Checks credentials: {@code Authorization: Bearer <token>} or {@code X-Auth-Key} + {@code X-Auth-Email}.
 * The write token and the key+email pair have write scope; the read token gets 403 on a mutating call.
 */
public final class AuthGuard {

    public static final String WRITE_TOKEN = "es-emulator-write-token-0123456789abcdef";
    public static final String READ_TOKEN = "es-emulator-read-token-0123456789abcdef";
    public static final String API_KEY = "es-emulator-global-api-key-0123456789";
    public static final String API_EMAIL = "soc-admin@example.com";

    /** The authenticated principal: a rate-limit key and whether it may write. */
    record Principal(String key, boolean write) {
    }

    Principal authenticate(Map<String, List<String>> headers) {
        String authorization = first(headers, "authorization");
        String key = first(headers, "x-auth-key");
        String email = first(headers, "x-auth-email");
        if (key != null || email != null) {
            if (API_KEY.equals(key) && API_EMAIL.equalsIgnoreCase(email)) {
                return new Principal("key:" + API_EMAIL, true);
            }
            throw new ApiException(401, 10000, "Authentication error");
        }
        if (authorization == null) {
            throw new ApiException(401, 10000, "Authentication error: missing Authorization header");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, 10000, "Authentication error");
        }
        String token = authorization.substring(7).trim();
        if (WRITE_TOKEN.equals(token)) {
            return new Principal("token:write", true);
        }
        if (READ_TOKEN.equals(token)) {
            return new Principal("token:read", false);
        }
        throw new ApiException(401, 10000, "Authentication error");
    }

    void checkScope(Principal principal, Route route) {
        if (route.write() && !principal.write()) {
            throw new ApiException(403, 10000,
                    "Authentication error: this token lacks the Cloud Email Security: Write permission");
        }
    }

    /** The rate-limit bucket of a request, also for requests that fail authentication. */
    static String bucketOf(Map<String, List<String>> headers) {
        String key = first(headers, "x-auth-key");
        if (key != null) {
            return "key:" + first(headers, "x-auth-email");
        }
        String authorization = first(headers, "authorization");
        if (WRITE_TOKEN.equals(stripBearer(authorization))) {
            return "token:write";
        }
        if (READ_TOKEN.equals(stripBearer(authorization))) {
            return "token:read";
        }
        return "anonymous";
    }

    private static String stripBearer(String authorization) {
        return authorization != null && authorization.length() > 7 ? authorization.substring(7).trim() : null;
    }

    static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }
}
