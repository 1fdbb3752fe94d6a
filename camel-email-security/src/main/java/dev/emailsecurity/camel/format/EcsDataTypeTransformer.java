package dev.emailsecurity.camel.format;

import org.apache.camel.spi.DataTypeTransformer;

/** A message, submission or PhishGuard report as one Elastic Common Schema 9.4 document, JSON on one line. */
@DataTypeTransformer(name = "email-security:application-ecs+json",
                     description = "Writes a message, submission or PhishGuard report as an Elastic Common Schema (ECS 9.4) document")
public class EcsDataTypeTransformer extends DocumentTransformerSupport {

    public EcsDataTypeTransformer() {
        super(EcsMapper::map);
    }
}
