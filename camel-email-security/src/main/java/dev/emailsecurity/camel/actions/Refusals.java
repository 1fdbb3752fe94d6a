package dev.emailsecurity.camel.actions;

import dev.emailsecurity.camel.operations.EmailSecurityOperation;

/** The blast-radius cap: checked before any call that changes mail. */
final class Refusals {

    private Refusals() {
    }

    static void checkCap(EmailSecurityOperation operation, int targets, int maxMessages) {
        if (maxMessages > 0 && targets > maxMessages) {
            throw new IllegalArgumentException(operation + " refused: " + targets + " messages targeted, more than "
                                               + "maxMessagesPerAction=" + maxMessages + "; no call was made");
        }
    }

    static void checkCapAtLeast(EmailSecurityOperation operation, int found, int maxMessages) {
        if (maxMessages > 0 && found > maxMessages) {
            throw new IllegalArgumentException(operation + " refused: its search matches more than "
                                               + "maxMessagesPerAction=" + maxMessages + " messages; no job was "
                                               + "created");
        }
    }
}
