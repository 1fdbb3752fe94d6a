package dev.emailsecurity.camel.format;

import org.apache.camel.spi.DataTypeTransformer;

/** A message or PhishGuard report as one OCSF 1.5 Email Activity (class 4009) event, JSON on one line. */
@DataTypeTransformer(name = "email-security:application-ocsf+json",
                     description = "Writes a message or PhishGuard report as an OCSF 1.5 Email Activity (class 4009) event")
public class OcsfDataTypeTransformer extends DocumentTransformerSupport {

    public OcsfDataTypeTransformer() {
        super(OcsfMapper::map);
    }
}
