package dev.emailsecurity.camel.consumer.state;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The one URL in front of the nodes, at its worst: every batch goes to every node at once (as when a sender times
 * out on one node and sends again to the other), and the answer is 200 only when all of them answered 2xx.
 */
final class MirroringBalancer implements AutoCloseable {

    private final HttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Integer> nodePorts;

    MirroringBalancer(List<Integer> nodePorts) throws IOException {
        this.nodePorts = nodePorts;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::forward);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        List<CompletableFuture<HttpResponse<Void>>> answers = nodePorts.stream().map(port -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                                                             + exchange.getRequestURI()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            for (String name : List.of("Content-Type", "Content-Encoding", "X-Logpush-Secret")) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    request.header(name, value);
                }
            }
            return http.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
        }).toList();
        int status = 200;
        for (CompletableFuture<HttpResponse<Void>> answer : answers) {
            int s;
            try {
                s = answer.join().statusCode();
            } catch (RuntimeException e) {
                s = 502;
            }
            if (s < 200 || s >= 300) {
                status = s;
            }
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
