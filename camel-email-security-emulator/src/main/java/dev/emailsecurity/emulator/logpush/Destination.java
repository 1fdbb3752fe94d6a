package dev.emailsecurity.emulator.logpush;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Logpush HTTP destination as Cloudflare takes it: a URL whose {@code header_<Name>=<value>} query parameters
 * become request headers and are not sent in the URL.
 */
record Destination(URI uri, Map<String, String> headers) {

    static Destination parse(String destination) {
        URI full = URI.create(destination);
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> kept = new ArrayList<>();
        String query = full.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (name.startsWith("header_") && name.length() > "header_".length()) {
                    headers.put(name.substring("header_".length()),
                            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } else {
                    kept.add(pair);
                }
            }
        }
        String base = full.getScheme() + "://" + full.getRawAuthority() + (full.getRawPath() == null ? "" : full.getRawPath());
        return new Destination(URI.create(kept.isEmpty() ? base : base + "?" + String.join("&", kept)), Map.copyOf(headers));
    }

    /** The URL without the header parameters' values, for messages. */
    @Override
    public String toString() {
        return uri + (headers.isEmpty() ? "" : " (headers " + headers.keySet() + ")");
    }
}
