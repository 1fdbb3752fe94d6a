package dev.emailsecurity.camel.format;

/** What an {@link Indicator} is. */
public enum IndicatorType {
    URL,
    DOMAIN,
    EMAIL_ADDRESS,
    IP_ADDRESS,
    FILE_NAME,
    MD5,
    SHA1,
    SHA256
}
