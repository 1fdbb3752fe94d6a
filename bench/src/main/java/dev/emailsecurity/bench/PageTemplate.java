package dev.emailsecurity.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One pre-rendered search page with fixed-width slots in every item's {@code id} and {@code scanned_at}. Each
 * rendering writes a fresh sequence number into the slots (a few digits per item, no JSON work), so every request
 * returns new ids with newer timestamps: a polling consumer sees new mail on every poll, and every variant pays the
 * same tiny server cost.
 */
final class PageTemplate {

    /** Marks the 12-digit id slot in the captured page. */
    static final String ID_SLOT = "~~~~~~~~~~~~";
    /** Marks the 9-digit nanosecond slot of scanned_at. */
    static final String TS_SLOT = "~~~~~~~~~";

    private final byte[] template;
    private final int[] idSlots;
    private final int[] tsSlots;

    PageTemplate(byte[] template) {
        this.template = template;
        List<Integer> ids = new ArrayList<>();
        List<Integer> ts = new ArrayList<>();
        for (int i = 0; i < template.length; i++) {
            if (template[i] != '~') {
                continue;
            }
            int run = i;
            while (run < template.length && template[run] == '~') {
                run++;
            }
            int length = run - i;
            if (length == ID_SLOT.length()) {
                ids.add(i);
            } else if (length == TS_SLOT.length()) {
                ts.add(i);
            } else {
                throw new IllegalArgumentException("unexpected slot of " + length + " characters at " + i);
            }
            i = run;
        }
        if (ids.size() != ts.size()) {
            throw new IllegalArgumentException(ids.size() + " id slots but " + ts.size() + " timestamp slots");
        }
        this.idSlots = ids.stream().mapToInt(Integer::intValue).toArray();
        this.tsSlots = ts.stream().mapToInt(Integer::intValue).toArray();
    }

    int length() {
        return template.length;
    }

    int items() {
        return idSlots.length;
    }

    /** Renders the page for the given request number into {@code out} (at least {@link #length()} bytes). */
    void render(long request, byte[] out) {
        System.arraycopy(template, 0, out, 0, template.length);
        long base = request * 1000;
        for (int i = 0; i < idSlots.length; i++) {
            long n = base + i;
            digits(out, idSlots[i], ID_SLOT.length(), n);
            digits(out, tsSlots[i], TS_SLOT.length(), n % 1_000_000_000L);
        }
    }

    private static void digits(byte[] out, int at, int width, long value) {
        long v = value;
        for (int p = at + width - 1; p >= at; p--) {
            out[p] = (byte) ('0' + (v % 10));
            v /= 10;
        }
    }
}
