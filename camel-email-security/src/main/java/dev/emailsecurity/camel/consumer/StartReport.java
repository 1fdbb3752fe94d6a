package dev.emailsecurity.camel.consumer;

/**
 * The INFO line a consumer logs when it starts: where it starts (the resolved {@code startFrom} instant, or the
 * checkpoint it resumes from, with its state key) and, when it starts now, how to read history: a first run with the
 * default {@code startFrom=now} shows nothing and would otherwise not say why.
 */
final class StartReport {

    private StartReport() {
    }

    static String resumed(Object operation, String stateKey, Checkpoint checkpoint, boolean fromRepository) {
        String where = checkpoint.watermark() == null
                ? "its snapshot of " + checkpoint.items().size() + " items"
                : "its checkpoint at " + checkpoint.watermark();
        return operation + " consumer resumes from " + where + " (state key " + stateKey + ", kept "
               + (fromRepository ? "in the state repository" : "in memory") + ")";
    }

    static String started(Object operation, String stateKey, String startFrom, Checkpoint checkpoint,
            boolean durable) {
        String keeping = durable
                ? "the checkpoint is saved under state key " + stateKey
                : "state key " + stateKey + ", kept in memory only: set stateRepository to resume after a restart";
        if (checkpoint.watermark() == null) {
            return operation + " consumer starts with a first snapshot of the list (" + keeping + ")";
        }
        String line = operation + " consumer starts at " + checkpoint.watermark() + " (startFrom="
                      + (StartPosition.isNow(startFrom) ? "now" : startFrom.trim()) + "; " + keeping + ")";
        if (StartPosition.isNow(startFrom)) {
            line += ": only items from now on are delivered; to read history set startFrom=beginning, an instant "
                    + "such as 2026-01-01T00:00:00Z, or a duration back such as P7D";
        }
        return line;
    }
}
