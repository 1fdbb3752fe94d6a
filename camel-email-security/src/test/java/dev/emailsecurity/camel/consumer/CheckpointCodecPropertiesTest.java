package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;
import org.apache.camel.RuntimeCamelException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A checkpoint, and the commits of a batch, survive the trip through their stored JSON text; format 1 still reads. */
class CheckpointCodecPropertiesTest {

    @Property(tries = 200)
    void aCheckpointReadsBackAsItWasWritten(@ForAll("instants") Instant watermark, @ForAll("instants") Instant floor,
                                            @ForAll("items") Map<String, TrackedItem> items,
                                            @ForAll("nonces") String applied) {
        Checkpoint checkpoint = new Checkpoint(watermark, floor, items);

        CheckpointCodec.Stored stored = CheckpointCodec.decode(CheckpointCodec.encode(checkpoint, applied));

        assertThat(stored.checkpoint().watermark()).isEqualTo(watermark);
        assertThat(stored.checkpoint().floor()).isEqualTo(floor);
        assertThat(stored.checkpoint().items()).isEqualTo(items);
        assertThat(stored.applied()).isEqualTo(applied);
        assertThat(stored.pending()).isNull();
    }

    @Property(tries = 200)
    void aBatchReadsBackAsItWasWritten(@ForAll("nonces") String nonce,
                                       @ForAll("commits") List<Checkpoint.Commit> commits) {
        CheckpointCodec.Batch batch = new CheckpointCodec.Batch(nonce == null ? "n" : nonce, commits);

        assertThat(CheckpointCodec.decodeBatch(CheckpointCodec.encodeBatch(batch))).isEqualTo(batch);
    }

    @Example
    void aFormat1CheckpointReadsWithItsValuesAsDigestsAndItsPendingBatch() {
        String v1 = "{\"watermark\":\"2026-11-24T00:00:02Z\",\"floor\":\"2026-11-24T00:00:00Z\",\"items\":{\"a\":"
                    + "{\"timestamp\":\"2026-11-24T00:00:01Z\",\"version\":{\"disposition\":\"\\\"SPAM\\\"|\"},"
                    + "\"entry\":null}},\"pending\":{\"nonce\":\"n-1\",\"commits\":[{\"id\":\"b\",\"tracked\":"
                    + "{\"timestamp\":\"2026-11-24T00:00:02Z\",\"version\":{\"disposition\":\"\\\"NONE\\\"|\"},"
                    + "\"entry\":null}},{\"id\":\"c\",\"tracked\":null}]}}";

        CheckpointCodec.Stored stored = CheckpointCodec.decode(v1);

        assertThat(stored.checkpoint().watermark()).isEqualTo(Instant.parse("2026-11-24T00:00:02Z"));
        assertThat(stored.checkpoint().item("a")).isEqualTo(TrackedItem.of(Instant.parse("2026-11-24T00:00:01Z"),
                Map.of("disposition", "\"SPAM\"|"), null));
        assertThat(stored.applied()).isNull();
        assertThat(stored.pending().nonce()).isEqualTo("n-1");
        assertThat(stored.pending().commits()).containsExactly(
                new Checkpoint.Commit("b", TrackedItem.of(Instant.parse("2026-11-24T00:00:02Z"),
                        Map.of("disposition", "\"NONE\"|"), null)),
                new Checkpoint.Commit("c", null));
    }

    @Example
    void anEmptyObjectIsAnEmptyCheckpoint() {
        CheckpointCodec.Stored stored = CheckpointCodec.decode("{}");

        assertThat(stored.checkpoint().watermark()).isNull();
        assertThat(stored.checkpoint().floor()).isNull();
        assertThat(stored.checkpoint().items()).isEmpty();
        assertThat(stored.applied()).isNull();
        assertThat(stored.pending()).isNull();
    }

    @Example
    void storedTextThatIsNotACheckpointFailsWithACamelException() {
        for (String text : List.of("not json", "[1,2]", "\"text\"", "{\"items\":[1,2]}",
                "{\"items\":{\"a\":{\"timestamp\":\"soon\"}}}",
                "{\"pending\":{\"nonce\":\"n\",\"commits\":{\"id\":3}}}", "{\"format\":2,\"items\":[]}",
                "{\"format\":2,\"fields\":[\"a\"],\"items\":{\"x\":[null]}}",
                "{\"format\":2,\"items\":{\"x\":[\"soon\",null]}}", "{\"format\":3}")) {
            assertThatThrownBy(() -> CheckpointCodec.decode(text)).as(text)
                    .isInstanceOf(RuntimeCamelException.class)
                    .hasMessageContaining("checkpoint");
        }
    }

    @Example
    void aBatchRecordThatIsNotOneFailsWithACamelException() {
        for (String text : List.of("not json", "{\"format\":2,\"commits\":[]}",
                "{\"format\":2,\"nonce\":\"n\",\"commits\":[[]]}",
                "{\"format\":2,\"nonce\":\"n\",\"commits\":[[\"a\",null,null,null]]}", "{\"nonce\":\"n\"}")) {
            assertThatThrownBy(() -> CheckpointCodec.decodeBatch(text)).as(text)
                    .isInstanceOf(RuntimeCamelException.class)
                    .hasMessageContaining("batch record");
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
        Arbitrary<Map<String, String>> version = mapOf(text().ofMaxLength(15), text().ofMaxLength(40), 4);
        Arbitrary<String> entry = text().ofMaxLength(60).injectNull(0.5);
        return Combinators.combine(instants(), version, entry).as(TrackedItem::new);
    }
}
