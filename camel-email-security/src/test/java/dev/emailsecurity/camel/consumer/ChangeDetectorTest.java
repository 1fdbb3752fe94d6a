package dev.emailsecurity.camel.consumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.WithNull;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Naming what changed between the version of an item that was emitted (the digests of its watched values, as the
 * checkpoint keeps them) and the version seen now.
 */
class ChangeDetectorTest {

    @Property(tries = 300)
    void anUnchangedVersionHasNoChangeWhateverTheMapKind(
            @ForAll @Size(max = 8) Map<@AlphaChars @StringLength(min = 1, max = 12) String, String> version) {
        assertThat(ChangeDetector.changes(TrackedItem.digests(version), Version.of(new HashMap<>(version)))).isEmpty();
        assertThat(ChangeDetector.changes(TrackedItem.digests(version), Version.of(reversed(version)))).isEmpty();
    }

    @Property(tries = 300)
    void namesExactlyTheWatchedValuesThatDifferInNameOrder(
            @ForAll @Size(max = 8) Map<@CharRange(from = 'a', to = 'c') @StringLength(min = 1, max = 2) String,
                    @WithNull(0.2) @CharRange(from = 'x', to = 'y') @StringLength(max = 1) String> emitted,
            @ForAll @Size(max = 8) Map<@CharRange(from = 'a', to = 'c') @StringLength(min = 1, max = 2) String,
                    @WithNull(0.2) @CharRange(from = 'x', to = 'y') @StringLength(max = 1) String> now) {
        List<String> changes = ChangeDetector.changes(TrackedItem.digests(emitted), Version.of(reversed(now)));

        assertThat(changes).isSorted().doesNotHaveDuplicates();
        assertThat(now.keySet()).containsAll(changes);
        for (Map.Entry<String, String> e : now.entrySet()) {
            boolean differs = !Objects.equals(emitted.get(e.getKey()), e.getValue());
            assertThat(changes.contains(e.getKey())).as("change %s", e.getKey()).isEqualTo(differs);
        }
    }

    @Property(tries = 300)
    void changingOneValueNamesOnlyIt(
            @ForAll @Size(min = 1, max = 8) Map<@AlphaChars @StringLength(min = 1, max = 12) String, String> version,
            @ForAll String newValue) {
        String name = new ArrayList<>(version.keySet()).get(version.size() / 2);
        Map<String, String> now = new HashMap<>(version);
        now.put(name, newValue);

        List<String> changes = ChangeDetector.changes(TrackedItem.digests(version), Version.of(now));

        assertThat(changes).isEqualTo(Objects.equals(version.get(name), newValue) ? List.of() : List.of(name));
    }

    @Example
    void aWatchedValueFirstSeenNowIsAChange() {
        Map<String, String> now = new TreeMap<>(Map.of("disposition", "\"SPAM\"|", "postDeliveryOperations", "[]|"));

        assertThat(ChangeDetector.changes(TrackedItem.digests(Map.of("disposition", "\"SPAM\"|")), Version.of(now)))
                .containsExactly("postDeliveryOperations");
        assertThat(ChangeDetector.changes(Map.of(), Version.of(now))).containsExactly("disposition", "postDeliveryOperations");
    }

    private static Map<String, String> reversed(Map<String, String> map) {
        List<String> keys = new ArrayList<>(new TreeMap<>(map).keySet());
        Collections.reverse(keys);
        Map<String, String> out = new LinkedHashMap<>();
        keys.forEach(k -> out.put(k, map.get(k)));
        return out;
    }
}
