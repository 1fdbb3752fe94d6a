package dev.emailsecurity.camel.transport;

/** What calling an operation does to the account, which decides how it may be retried. */
public enum Effect {
    /** Reads only. */
    READ,
    /** Changes settings, but sending it twice has the same outcome as once (PUT, DELETE). */
    IDEMPOTENT_WRITE,
    /** Changes settings; sending it twice may create or change twice (POST, PATCH). */
    WRITE,
    /** Acts on mail (move, release, reclassify, bulk jobs): never re-sent without checking what happened. */
    MAIL_ACTION;

    public boolean isMutating() {
        return this != READ;
    }
}
