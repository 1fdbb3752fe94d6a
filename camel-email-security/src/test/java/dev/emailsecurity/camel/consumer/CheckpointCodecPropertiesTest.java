package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.apache.camel.RuntimeCamelException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A checkpoint, with the commits of a batch in progress, survives the trip through its stored JSON text. */
class CheckpointCodecPropertiesTest {

    @Property(tries = 200)
    void aCheckpointReadsBackAsItWasWritten(@ForAll("instants") Instant watermark, @ForAll("instants") Instant floor,
                                            @ForAll("items") Map<String, TrackedItem> items,
                                            @ForAll("nonces") String nonce,
                                            @ForAll("commits") List<Checkpoint.Commit> commits) {
        Checkpoint checkpoint = new Checkpoint(watermark, floor, items);

        CheckpointCodec.Stored stored = CheckpointCodec.decode(CheckpointCodec.encode(checkpoint, nonce, commits));

        assertThat(stored.checkpoint().watermark()).isEqualTo(watermark);
        assertThat(stored.checkpoint().floor()).isEqualTo(floor);
        assertThat(stored.checkpoint().items()).isEqualTo(items);
        assertThat(stored.pendingNonce()).isEqualTo(nonce);
        assertThat(stored.pending()).isEqualTo(nonce == null ? List.of() : commits);
    }

    @Property(tries = 50, edgeCases = EdgeCasesMode.NONE)
    void aDecodedCheckpointEncodesToTheSameCheckpoint(@ForAll("instants") Instant watermark,
                                                      @ForAll("items") Map<String, TrackedItem> items,
                                                      @ForAll("commits") List<Checkpoint.Commit> commits) {
        CheckpointCodec.Stored once = CheckpointCodec.decode(
                CheckpointCodec.encode(new Checkpoint(watermark, watermark, items), "n-1", commits));

        CheckpointCodec.Stored twice = CheckpointCodec.decode(
                CheckpointCodec.encode(once.checkpoint(), once.pendingNonce(), once.pending()));

        assertThat(twice.checkpoint().watermark()).isEqualTo(once.checkpoint().watermark());
        assertThat(twice.checkpoint().floor()).isEqualTo(once.checkpoint().floor());
        assertThat(twice.checkpoint().items()).isEqualTo(once.checkpoint().items());
        assertThat(twice.pending()).isEqualTo(once.pending());
        assertThat(twice.pendingNonce()).isEqualTo("n-1");
    }

    @Example
    void anEmptyObjectIsAnEmptyCheckpoint() {
        CheckpointCodec.Stored stored = CheckpointCodec.decode("{}");

        assertThat(stored.checkpoint().watermark()).isNull();
        assertThat(stored.checkpoint().floor()).isNull();
        assertThat(stored.checkpoint().items()).isEmpty();
        assertThat(stored.pendingNonce()).isNull();
        assertThat(stored.pending()).isEmpty();
    }

    @Example
    void storedTextThatIsNotACheckpointFailsWithACamelException() {
        for (String text : List.of("not json", "{\"items\":[1,2]}", "{\"items\":{\"a\":{\"timestamp\":\"soon\"}}}",
                "{\"pending\":{\"nonce\":\"n\",\"commits\":{\"id\":3}}}")) {
            assertThatThrownBy(() -> CheckpointCodec.decode(text)).as(text)
                    .isInstanceOf(RuntimeCamelException.class)
                    .hasMessageContaining("checkpoint");
        }
    }

    @Example
    void aCorruptWatermarkOrFloorFailsLikeAnyOtherCorruptCheckpoint() {
        // a corrupt item timestamp is wrapped (Jackson turns it into an IllegalArgumentException); these must be too
        for (String text : List.of("{\"watermark\":\"yesterday\"}", "{\"floor\":\"2026-13-01T00:00:00Z\"}")) {
            assertThatThrownBy(() -> CheckpointCodec.decode(text)).as(text)
                    .isInstanceOf(RuntimeCamelException.class)
                    .hasMessageContaining("checkpoint");
        }
    }

    @Provide
    Arbitrary<Instant> instants() {
        // years 1 to 99999 (beyond 9999 Instant.toString writes a sign), any nanosecond
        Arbitrary<Long> seconds = Arbitraries.longs().between(-62_135_596_800L, 3_093_527_980_799L)
                .edgeCases(e -> e.add(0L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999_999)
                .map(micros -> micros * 1_000), Arbitraries.integers().between(0, 999_999_999));
        return Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond).injectNull(0.2);
    }

    @Provide
    Arbitrary<Map<String, TrackedItem>> items() {
        return mapOf(text().ofMinLength(1).ofMaxLength(20), tracked(), 6);
    }

    @Provide
    Arbitrary<String> nonces() {
        return text().ofMaxLength(36).injectNull(0.3);
    }

    @Provide
    Arbitrary<List<Checkpoint.Commit>> commits() {
        Arbitrary<Checkpoint.Commit> commit = Combinators.combine(text().ofMaxLength(20),
                tracked().injectNull(0.2)).as(Checkpoint.Commit::new);
        // a batch may hold several commits for one item, even equal ones: all of them, in order
        return commit.list().ofMaxSize(6).flatMap(list -> Arbitraries.of(list, twice(list)));
    }

    private static List<Checkpoint.Commit> twice(List<Checkpoint.Commit> commits) {
        List<Checkpoint.Commit> both = new ArrayList<>(commits);
        both.addAll(commits);
        return both;
    }

    /** A map from keys and values drawn side by side (Arbitraries.maps is slow to generate). */
    private static <V> Arbitrary<Map<String, V>> mapOf(Arbitrary<String> keys, Arbitrary<V> values, int maxSize) {
        return Combinators.combine(keys.list().ofMaxSize(maxSize), values.list().ofSize(maxSize)).as((k, v) -> {
            Map<String, V> map = new LinkedHashMap<>();
            for (int i = 0; i < k.size(); i++) {
                map.put(k.get(i), v.get(i));
            }
            return map;
        });
    }

    /** Printable ASCII with what JSON must escape, and a few characters beyond ASCII. */
    private static StringArbitrary text() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("\"\\\n\t\u0000\u00e9\u2713\ud83d\ude00");
    }

    private Arbitrary<TrackedItem> tracked() {
        Arbitrary<Map<String, String>> version = mapOf(text().ofMaxLength(15), text().ofMaxLength(40), 4)
                .injectNull(0.1);
        Arbitrary<String> entry = text().ofMaxLength(60).injectNull(0.5);
        return Combinators.combine(instants(), version, entry).as(TrackedItem::new);
    }
}
