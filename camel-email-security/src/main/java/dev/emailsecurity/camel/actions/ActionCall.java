package dev.emailsecurity.camel.actions;

import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.transport.EmailSecurityClient;
import org.apache.camel.Message;

/**
 * One exchange's action, as the producer hands it over.
 *
 * @param operation     the operation (an action on mail)
 * @param in            the message: body and headers
 * @param parameters    API parameter values (header, else option)
 * @param client        the endpoint's API client
 * @param configuration the endpoint's action options
 */
public record ActionCall(EmailSecurityOperation operation, Message in, ParameterSource parameters,
                         EmailSecurityClient client, ActionConfig configuration) {
}
