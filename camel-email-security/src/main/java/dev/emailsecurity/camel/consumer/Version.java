package dev.emailsecurity.camel.consumer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The watched values of one item, hashed on demand and each hash at most once: the short hash of all of them (the
 * {@code CamelEmailSecurityVersion} header and idempotent keys) and, only when change detection or a checkpoint
 * needs them, the digest of each ({@link TrackedItem#version()}). The values are written into a buffer of the thread,
 * never kept as strings, as the text {@code {name=value, name=value}} in name order: the text the version hash has
 * always been taken of, so the header, idempotent keys and stored checkpoints keep their values.
 */
final class Version {

    /** Where a thread writes the values of one version before hashing them. */
    private static final ThreadLocal<Text> TEXT = ThreadLocal.withInitial(Text::new);

    private final List<String> names;
    private final List<List<StreamDefinition.Field>> fields;
    private final Object item;
    private final String[] values;
    private String hash;
    private String[] digests;

    private Version(List<String> names, List<List<StreamDefinition.Field>> fields, Object item, String[] values) {
        this.names = names;
        this.fields = fields;
        this.item = item;
        this.values = values;
    }

    /**
     * The version of an event: each watched name's value is its fields as JSON text, each followed by {@code |}, the
     * empty string standing for null.
     *
     * @param names  the watched names, sorted
     * @param fields the fields of each name
     */
    static Version of(List<String> names, List<List<StreamDefinition.Field>> fields, Object item) {
        return new Version(names, fields, item, null);
    }

    /** The version made of these values, name to value (a null value has a null digest). */
    static Version of(Map<String, String> values) {
        Map<String, String> sorted = new TreeMap<>(values);
        return new Version(List.copyOf(sorted.keySet()), null, null, new ArrayList<>(sorted.values()).toArray(String[]::new));
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return names.get(index);
    }

    /** The short hash of all the values: the value of the {@code CamelEmailSecurityVersion} header. */
    String hash() {
        if (hash == null) {
            prepare(false);
        }
        return hash;
    }

    /** The digest of one value ({@link TrackedItem#digest(String)}). */
    String digest(int index) {
        if (digests == null) {
            prepare(true);
        }
        return digests[index];
    }

    /**
     * Reads the watched values once and takes the hash and, when asked, the digests from that one text. The consumer
     * calls it as soon as a page is decoded, while the page's items are still in the CPU's caches: read later, after
     * the whole window, every item is a cache miss again (a fifth of the consumer's extra CPU at 1000-item pages).
     */
    void prepare(boolean withDigests) {
        if (hash != null && (digests != null || !withDigests)) {
            return;
        }
        Text t = write();
        if (hash == null) {
            hash = ShortHash.of(t.text);
        }
        if (withDigests && digests == null) {
            String[] out = new String[names.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = t.absent[i] ? null : ShortHash.digest(t.text, t.starts[i], t.ends[i]);
            }
            digests = out;
        }
    }

    /** The digests by name, as a checkpoint keeps them. */
    Map<String, String> digests() {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            out.put(names.get(i), digest(i));
        }
        return out;
    }

    private Text write() {
        Text t = TEXT.get();
        t.reset(names.size());
        StringBuilder sb = t.text.append('{');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(names.get(i)).append('=');
            t.starts[i] = sb.length();
            if (values != null) {
                t.absent[i] = values[i] == null;
                sb.append(values[i]);
            } else {
                for (StreamDefinition.Field field : fields.get(i)) {
                    ItemFields.appendJson(sb, field.read(item));
                    sb.append('|');
                }
            }
            t.ends[i] = sb.length();
        }
        sb.append('}');
        return t;
    }

    /** One thread's buffer: the text and where each value is in it. */
    private static final class Text {
        final StringBuilder text = new StringBuilder(256);
        int[] starts = new int[0];
        int[] ends = new int[0];
        boolean[] absent = new boolean[0];

        void reset(int values) {
            text.setLength(0);
            if (starts.length < values) {
                starts = new int[values];
                ends = new int[values];
                absent = new boolean[values];
            }
            java.util.Arrays.fill(absent, false);
        }
    }
}
