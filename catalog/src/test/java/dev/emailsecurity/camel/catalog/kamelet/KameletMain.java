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
        Main main = withEmulator(routes, emulator, properties);
        main.addInitialProperty("es.token", emulator.writeToken());
        main.start();
        return main;
    }

    /**
     * The same with the emulator's token not as the property {@code es.token} but as the bean {@code tokenBean} in
     * Camel's registry, for routes that pass it as {@code apiToken=#bean:tokenBean}; with a null name, the routes
     * define the bean.
     */
    static Main startWithTokenBean(String routes, EmailSecurityEmulatorExtension emulator, String tokenBean)
            throws Exception {
        Main main = withEmulator(routes, emulator, Map.of());
        if (tokenBean != null) {
            main.bind(tokenBean, emulator.writeToken());
        }
        main.start();
        return main;
    }

    private static Main withEmulator(String routes, EmailSecurityEmulatorExtension emulator,
            Map<String, String> properties) {
        Main main = new Main();
        properties.forEach(main::addInitialProperty);
        main.configure().withRoutesIncludePattern(routes);
        main.addInitialProperty("es.account", emulator.accountId());
        main.addInitialProperty("es.base", emulator.baseUrl());
        return main;
    }
}
