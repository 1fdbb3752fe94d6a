package dev.emailsecurity.camel.consumer;

import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.transport.EmailSecurityClient;
import org.apache.camel.Endpoint;

/** What the consumer needs of its endpoint (EmailSecurityEndpoint implements it). */
public interface StreamEndpoint extends Endpoint {

    /** The list operation polled. */
    EmailSecurityOperation getOperation();

    /** The endpoint's options. */
    ConsumerConfig getConfiguration();

    /** The API client of consumers: no retries of its own, the next poll is the retry. */
    EmailSecurityClient consumerClient();

    /** The option value that carries an API parameter, or null. */
    Object optionValue(ApiParameter parameter);
}
