package dev.emailsecurity.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves pre-rendered search pages on loopback, the same server for every variant, so the benchmark measures the
 * client side. {@code /client/v4/...} answers one page whose {@code next} is null; {@code /chain/client/v4/...} a
 * cursor chain of {@link #CHAIN} pages (what a consumer drains in one poll). One server thread: the variants call
 * one request at a time.
 */
final class PageServer implements AutoCloseable {

    static final int CHAIN = 4;
    static final String THREAD_NAME = "page-server";
    static final String ACCOUNT = "023e105f4ecef8ad9ca31a8372d0c353";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, THREAD_NAME);
        t.setDaemon(true);
        return t;
    });
    private final PageTemplate single;
    private final PageTemplate[] chain = new PageTemplate[CHAIN];
    private final byte[] buffer;
    private long requests;

    PageServer(Path pages, int size) throws IOException {
        String text = Files.readString(PageCapture.pagePath(pages, size));
        single = template(text, null);
        for (int k = 0; k < CHAIN; k++) {
            chain[k] = template(text, k + 1 < CHAIN ? "c" + (k + 1) : null);
        }
        buffer = new byte[single.length() + 64];
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    private static PageTemplate template(String text, String next) {
        String value = next == null ? "null" : "\"" + next + "\"";
        return new PageTemplate(text.replace("\"" + PageCapture.NEXT_SLOT + "\"", value)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The API base URL of the single pages. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/client/v4";
    }

    /** The API base URL of the cursor chains. */
    String chainBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/chain/client/v4";
    }

    String searchUrl(int perPage) {
        return baseUrl() + "/accounts/" + ACCOUNT + "/email-security/investigate?per_page=" + perPage;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            PageTemplate page = single;
            if (exchange.getRequestURI().getPath().startsWith("/chain/")) {
                page = chain[cursorIndex(exchange.getRequestURI().getRawQuery())];
            }
            page.render(requests++, buffer);
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "application/json");
            headers.set("cf-ray", "8f1e2d3c4b5a6978-LHR");
            // a fresh budget on every answer: the component's rate pacer parses it but never waits (against the real
            // API it would, rightly, hold these thousands of calls per second to the account's 1,200 per 5 minutes)
            headers.set("Ratelimit", "\"default\";r=1199;t=0");
            headers.set("Ratelimit-Policy", "\"default\";q=1200;w=300");
            exchange.sendResponseHeaders(200, page.length());
            OutputStream out = exchange.getResponseBody();
            out.write(buffer, 0, page.length());
        }
    }

    private static int cursorIndex(String query) {
        if (query == null) {
            return 0;
        }
        int at = query.indexOf("cursor=c");
        return at < 0 ? 0 : query.charAt(at + "cursor=c".length()) - '0';
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
