package dev.emailsecurity.camel.catalog.kamelet;

import java.util.Map;

import dev.emailsecurity.emulator.EmailSecurityEmulatorExtension;
import org.apache.camel.main.Main;

/** A started camel-main with a YAML routes file and the emulator's coordinates as the properties {@code es.*}. */
final class KameletMain {

    private KameletMain() {
    }

    static Main start(String routes, EmailSecurityEmulatorExtension emulator) throws Exception {
        return start(routes, emulator, Map.of());
    }

    /** The same, with more properties for the routes. */
    static Main start(String routes, EmailSecurityEmulatorExtension emulator, Map<String, String> properties)
            throws Exception {
        Main main = new Main();
        properties.forEach(main::addInitialProperty);
        main.configure().withRoutesIncludePattern(routes);
        main.addInitialProperty("es.account", emulator.accountId());
        main.addInitialProperty("es.token", emulator.writeToken());
        main.addInitialProperty("es.base", emulator.baseUrl());
        main.start();
        return main;
    }
}
