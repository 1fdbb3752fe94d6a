package dev.emailsecurity.camel.consumer;


/**
 * The default key of a consumer's checkpoint: the route id, the operation and a hash of the endpoint URI, so that two
 * endpoints never share a checkpoint and no option value (credentials included) is written to the store.
 */
final class StateKeys {

    private StateKeys() {
    }

    static String of(String configured, String routeId, StreamEndpoint endpoint) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return "email-security/" + routeId + "/" + endpoint.getOperation() + "/"
               + ShortHash.of(endpoint.getEndpointUri());
    }
}
