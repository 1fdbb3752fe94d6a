package dev.emailsecurity.camel.consumer.state;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One {@link PostgresServer} for the whole test run, started by the first test class that needs it. */
final class PostgresExtension implements BeforeAllCallback {

    private PostgresServer server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PostgresServer.class, k -> {
                    try {
                        return PostgresServer.start();
                    } catch (Exception e) {
                        throw new IllegalStateException("Cannot start PostgreSQL", e);
                    }
                }, PostgresServer.class);
    }

    PostgresServer server() {
        return server;
    }
}
