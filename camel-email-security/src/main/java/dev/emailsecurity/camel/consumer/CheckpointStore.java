package dev.emailsecurity.camel.consumer;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.camel.spi.StateRepository;

/**
 * Keeps a consumer's checkpoint in a {@link StateRepository}, so that a crash re-delivers at most the exchange in
 * flight without writing the whole checkpoint after every exchange (a checkpoint holds every item of the watched
 * window: a day of mail by default).
 * <p>
 * Three keys: the checkpoint under {@code <stateKey>}, the batch in progress under {@code <stateKey>/batch} and the
 * progress under {@code <stateKey>/progress}. A batch writes its commits (only them) under a fresh nonce when it
 * starts, {@code nonce:count} after each exchange, and the checkpoint once when it ends, naming the nonce of the batch
 * it now includes ({@code applied}). On start, a batch the checkpoint does not include gets the first {@code count} of
 * its commits applied when the progress names its nonce, none otherwise (a progress record of another batch, or of a
 * node that lost its leadership, names another nonce). The checkpoint keeps an 8-character digest of each watched
 * value, so its size is about 100 bytes per item in the watched window (see {@link CheckpointCodec}).
 * <p>
 * Without a repository the checkpoint lives in the consumer only and nothing is written.
 */
public final class CheckpointStore {

    /** The progress value written when a consumer starts: no batch in progress. */
    static final String NO_BATCH = "none";
    /** The progress value written when a consumer starts without a checkpoint: none was ever written. */
    static final String NEVER_SAVED = "never-saved";

    private static final SecureRandom NONCES = new SecureRandom();

    private final StateRepository<String, String> repository;
    private final String key;
    private final String batchKey;
    private final String progressKey;
    private boolean saved;
    private String applied;
    private String nonce;

    /**
     * @param repository the store, or null to keep the checkpoint in memory only
     * @param key        the checkpoint's key
     */
    public CheckpointStore(StateRepository<String, String> repository, String key) {
        this.repository = repository;
        this.key = key;
        this.batchKey = key + "/batch";
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
        String stored = repository.getState(key);
        String progress = repository.getState(progressKey);
        Checkpoint checkpoint = null;
        if (isBlank(stored) && progress != null && !NEVER_SAVED.equals(progress)) {
            throw unusable("is " + (stored == null ? "missing" : "empty") + " although this consumer wrote one before "
                           + "(its progress record " + progressKey + " is there)", null);
        }
        if (!isBlank(stored)) {
            CheckpointCodec.Stored decoded = decode(key, () -> CheckpointCodec.decode(stored));
            checkpoint = decoded.checkpoint();
            applied = decoded.applied();
            saved = true;
            CheckpointCodec.Batch batch = decoded.pending() != null ? decoded.pending() : storedBatch();
            if (batch != null && !Objects.equals(batch.nonce(), applied)) {
                String prefix = batch.nonce() + ":";
                int made = batch.nonce() != null && progress != null && progress.startsWith(prefix)
                        ? exchangesMade(progress.substring(prefix.length())) : 0;
                batch.commits().subList(0, Math.min(made, batch.commits().size())).forEach(checkpoint::apply);
                applied = batch.nonce();
                save(checkpoint);
            }
        }
        repository.setState(progressKey, checkpoint == null ? NEVER_SAVED : NO_BATCH);
        return checkpoint;
    }

    /** The count of a progress record, which a torn or edited store may have spoiled: refused like a bad checkpoint. */
    private int exchangesMade(String count) {
        try {
            int made = Integer.parseInt(count);
            if (made < 0) {
                throw new NumberFormatException("negative count " + made);
            }
            return made;
        } catch (NumberFormatException e) {
            throw unusable("(its progress record " + progressKey + ") cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private CheckpointCodec.Batch storedBatch() {
        String text = repository.getState(batchKey);
        return isBlank(text) ? null : decode(batchKey, () -> CheckpointCodec.decodeBatch(text));
    }

    private <T> T decode(String what, Supplier<T> decoder) {
        try {
            return decoder.get();
        } catch (RuntimeException e) {
            throw unusable((what.equals(key) ? "" : "(its batch record " + what + ") ") + "cannot be read ("
                           + e.getMessage() + ")", e);
        }
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
                                          + "', '" + batchKey + "' and '" + progressKey + "' and set startFrom to the "
                                          + "instant to resume from (see the user guide, \"Checkpoint recovery\")",
                cause);
    }

    /** Writes the checkpoint. */
    public void save(Checkpoint checkpoint) {
        if (repository != null) {
            repository.setState(key, CheckpointCodec.encode(checkpoint, applied));
            if (!saved) {
                // from now on a start that finds no checkpoint must refuse, not start again from startFrom
                repository.setState(progressKey, NO_BATCH);
                saved = true;
            }
        }
    }

    /** A batch starts: its commits, in the order they will be made, are written under a fresh nonce. */
    public void beginBatch(Checkpoint checkpoint, List<Checkpoint.Commit> commits) {
        if (repository != null) {
            if (!saved) {
                // a batch record with no checkpoint would leave a start that finds neither
                save(checkpoint);
            }
            nonce = HexFormat.of().toHexDigits(NONCES.nextLong());
            repository.setState(batchKey, CheckpointCodec.encodeBatch(new CheckpointCodec.Batch(nonce, commits)));
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
        if (nonce != null) {
            applied = nonce;
        }
        save(checkpoint);
        nonce = null;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
