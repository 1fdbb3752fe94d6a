package dev.emailsecurity.camel.state;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A {@link StateRepository} for one node that no crash can corrupt: each key is a file of its own in a directory,
 * replaced as a whole on every write (a temporary file is written and forced to disk, then atomically renamed over the
 * old one, and the directory is forced too). A process killed at any point leaves either the previous value or the
 * new one, never a torn or empty file. Plug it like Camel's {@code FileStateRepository}:
 *
 * <pre>{@code
 * context.getRegistry().bind("checkpoint", AtomicFileStateRepository.atomicFileStateRepository(new File("state")));
 * from("email-security:searchMessages?stateRepository=#checkpoint&stateKey=alerts")...
 * }</pre>
 *
 * Unlike {@code FileStateRepository}, which appends to one file and rewrites it in place once it passes its size
 * limit, a write here costs the size of one key's value, and the small per-exchange progress record of the consumer
 * is a file of its own. For several nodes, use the JDBC state repository.
 */
public class AtomicFileStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final String SUFFIX = ".state";
    private static final String TEMP_SUFFIX = ".tmp";
    /** File names stay well under the usual 255-byte limit. */
    private static final int MAX_NAME = 160;

    private final Path directory;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** @param directory where the keys' files are kept; created when missing */
    public AtomicFileStateRepository(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** @param directory where the keys' files are kept; created when missing */
    public AtomicFileStateRepository(File directory) {
        this(directory.toPath());
    }

    /** The repository for a directory, as {@code FileStateRepository.fileStateRepository(File)} is for a file. */
    public static AtomicFileStateRepository atomicFileStateRepository(File directory) {
        return new AtomicFileStateRepository(directory.toPath());
    }

    public Path getDirectory() {
        return directory;
    }

    @Override
    protected void doStart() throws Exception {
        Files.createDirectories(directory);
        // a temporary file is what a write interrupted before its rename leaves: never the state
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(directory, "*" + TEMP_SUFFIX)) {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    @Override
    public synchronized void setState(String key, String value) {
        Path target = fileOf(key);
        Path temp = target.resolveSibling(target.getFileName() + TEMP_SUFFIX);
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                write(channel, ByteBuffer.wrap(value.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the file system of " + directory + " cannot rename atomically", e);
            }
            forceDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the state of key '" + key + "' to " + target, e);
        }
        cache.put(key, value);
    }

    @Override
    public String getState(String key) {
        String cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            String value = Files.readString(fileOf(key), StandardCharsets.UTF_8);
            cache.put(key, value);
            return value;
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the state of key '" + key + "' from " + fileOf(key), e);
        }
    }

    /** Writes the whole buffer; a test overrides it to cut a write off as a crash would. */
    protected void write(FileChannel channel, ByteBuffer data) throws IOException {
        while (data.hasRemaining()) {
            channel.write(data);
        }
    }

    /** The rename must reach the disk too; not every platform can open a directory for that. */
    private void forceDirectory() {
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; its rename is durable on NTFS
        }
    }

    /** The key, URL-encoded; a long key (a default key holds the endpoint URI) is shortened with its hash. */
    private Path fileOf(String key) {
        String name = URLEncoder.encode(key, StandardCharsets.UTF_8);
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME / 2) + "-" + sha256(key);
        }
        return directory.resolve(name + SUFFIX);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "AtomicFileStateRepository[" + directory + "]";
    }
}
