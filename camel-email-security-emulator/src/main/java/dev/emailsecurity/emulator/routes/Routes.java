package dev.emailsecurity.emulator.routes;

import dev.emailsecurity.emulator.api.RouteTable;
import dev.emailsecurity.emulator.store.Backend;

/** Every operation the emulator serves, bound to one backend. */
public final class Routes {

    private Routes() {
    }

    /**
     * @param backend the state the handlers read and change
     * @return the route table of all operations
     */
    public static RouteTable of(Backend backend) {
        RouteTable routes = new RouteTable();
        new InvestigateHandlers(backend).register(routes);
        new BulkJobHandlers(backend).register(routes);
        new ReportHandlers(backend).register(routes);
        new SettingsHandlers(backend).register(routes);
        return routes;
    }
}
