package dev.emailsecurity.camel.transport;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * How to find out, after an action on mail got no definite answer, on which messages it happened, so that it is
 * never sent twice. The request carries it; the transport calls it before any re-send.
 */
@FunctionalInterface
public interface ActionRecheck {

    /**
     * What is left to do.
     *
     * @param resend  the request to send again (only the messages where nothing happened), or null for nothing
     * @param done    the ids on which the action had already happened
     * @param pending the ids on which the action log does not show it
     */
    record Plan(ApiRequest resend, List<String> done, List<String> pending) {
    }

    /**
     * @param  request   the request whose outcome is unknown
     * @param  firstSent when its first attempt was sent
     * @return           the plan, or null when this request cannot be re-checked
     */
    Plan plan(ApiRequest request, Instant firstSent) throws IOException;
}
