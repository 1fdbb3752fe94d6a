package dev.emailsecurity.camel.consumer;

import java.util.List;
import java.util.UUID;

import org.apache.camel.spi.StateRepository;

/**
 * Keeps a consumer's checkpoint in a {@link StateRepository}, so that a crash re-delivers at most the exchange in
 * flight without writing the whole checkpoint after every exchange (a checkpoint holds every item of the watched
 * window: a day of mail by default).
 * <p>
 * Each batch writes the whole checkpoint twice: when it starts, with the batch's commits listed as pending under a
 * fresh nonce, and when it ends, with them applied. After each exchange only {@code nonce:count} is written, under
 * the key {@code <stateKey>/progress}. On start, a checkpoint with pending commits gets the first {@code count} of
 * them applied when the progress names its nonce, none otherwise (a progress record of another batch, or of a node
 * that lost its leadership, names another nonce).
 * <p>
 * Without a repository the checkpoint lives in the consumer only and nothing is written.
 */
public final class CheckpointStore {

    /** The progress value written when a consumer starts: no batch in progress. */
    static final String NO_BATCH = "none";
    /** The progress value written when a consumer starts without a checkpoint: none was ever written. */
    static final String NEVER_SAVED = "never-saved";

    private final StateRepository<String, String> repository;
    private final String key;
    private final String progressKey;
    private String nonce;

    /**
     * @param repository the store, or null to keep the checkpoint in memory only
     * @param key        the checkpoint's key
     */
    public CheckpointStore(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
        this.progressKey = key + "/progress";
    }

    public boolean isDurable() {
        return repository != null;
    }

    /**
     * The stored checkpoint, with the commits of an interrupted batch that were made applied; null when none. Claims
     * the store for this consumer (see above).
     */
    public Checkpoint load() {
        if (repository == null) {
            return null;
        }
        String saved = repository.getState(key);
        String progress = repository.getState(progressKey);
        Checkpoint checkpoint = null;
        if ((saved == null || saved.isBlank()) && progress != null && !NEVER_SAVED.equals(progress)) {
            throw unusable("is " + (saved == null ? "missing" : "empty") + " although this consumer wrote one before "
                           + "(its progress record " + progressKey + " is there)", null);
        }
        if (saved != null && !saved.isBlank()) {
            CheckpointCodec.Stored stored;
            try {
                stored = CheckpointCodec.decode(saved);
            } catch (RuntimeException e) {
                throw unusable("cannot be read (" + e.getMessage() + ")", e);
            }
            checkpoint = stored.checkpoint();
            if (stored.pendingNonce() != null) {
                String prefix = stored.pendingNonce() + ":";
                int made = progress != null && progress.startsWith(prefix)
                        ? Integer.parseInt(progress.substring(prefix.length())) : 0;
                stored.pending().subList(0, Math.min(made, stored.pending().size())).forEach(checkpoint::apply);
                save(checkpoint);
            }
        }
        repository.setState(progressKey, checkpoint == null ? NEVER_SAVED : NO_BATCH);
        return checkpoint;
    }

    /**
     * Refuses to start rather than silently start again from {@code startFrom}, which would skip the mail that arrived
     * meanwhile.
     */
    private IllegalStateException unusable(String what, Exception cause) {
        return new IllegalStateException("The email-security checkpoint under key '" + key + "' " + what
                                          + ". The consumer does not start, so that no mail is skipped silently. To "
                                          + "recover: restore the key from a backup of the state repository; or, "
                                          + "accepting that mail may be missed or repeated, delete the keys '" + key
                                          + "' and '" + progressKey + "' and set startFrom to the instant to resume "
                                          + "from (see the user guide, \"Checkpoint recovery\")", cause);
    }

    /** Writes the checkpoint (nothing pending). */
    public void save(Checkpoint checkpoint) {
        if (repository != null) {
            repository.setState(key, CheckpointCodec.encode(checkpoint, null, List.of()));
        }
    }

    /** A batch starts: its commits, in the order they will be made, are written as pending. */
    public void beginBatch(Checkpoint checkpoint, List<Checkpoint.Commit> commits) {
        if (repository != null) {
            nonce = UUID.randomUUID().toString();
            repository.setState(key, CheckpointCodec.encode(checkpoint, nonce, commits));
        }
    }

    /** The first {@code count} commits of the batch are made (their exchanges completed). */
    public void made(int count) {
        if (repository != null) {
            repository.setState(progressKey, nonce + ":" + count);
        }
    }

    /** The batch has ended (completed, stopped or failed): the checkpoint is written with what was committed. */
    public void endBatch(Checkpoint checkpoint) {
        save(checkpoint);
        nonce = null;
    }
}
