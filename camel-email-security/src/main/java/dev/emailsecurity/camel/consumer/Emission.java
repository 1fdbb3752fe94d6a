package dev.emailsecurity.camel.consumer;

/**
 * One exchange to emit.
 *
 * @param item   the item
 * @param change null for a first emission; what changed for a re-emission; created/updated/deleted for watches
 */
record Emission(Item item, String change) {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";

    public boolean isDeletion() {
        return DELETED.equals(change);
    }
}
