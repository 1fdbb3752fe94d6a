package dev.emailsecurity.camel.consumer;

import java.time.Instant;
import java.util.Map;

import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.camel.model.BlockedSender;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.Submission;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version header and the digests a checkpoint keeps are the values the consumer wrote before they were computed
 * from the items directly (issue 20): idempotent repositories hold {@code id:version} keys and stored checkpoints
 * hold the digests, so a change here would re-deliver or re-emit mail after an upgrade. The expected strings were
 * printed by the former code (a {@code TreeMap} of the watched values, its {@code toString()} hashed, then each value
 * digested) for these items.
 */
class VersionTest {

    private static final StreamDefinition MESSAGES = StreamDefinition.of(EmailSecurityOperation.searchMessages);

    @Test
    void aMessagesVersionHashAndDigestsAreTheFormerOnes() throws Exception {
        Item item = message("{\"id\":\"m1\",\"scanned_at\":\"2026-11-24T00:00:01Z\",\"final_disposition\":\"MALICIOUS\","
                            + "\"is_quarantined\":true,\"post_delivery_operations\":[\"MOVE\",\"RELEASE\"]}");

        assertThat(item.versionHash()).isEqualTo("2988ad0a001673ee");
        assertThat(item.tracked(false, true)).isEqualTo(new TrackedItem(Instant.parse("2026-11-24T00:00:01Z"),
                Map.of("disposition", "eWeTAbgf", "postDeliveryOperations", "h_6BRY93", "quarantine", "ayURKZ_V"),
                null));
    }

    @Test
    void unsetFieldsAndEmptyListsHashAsBefore() throws Exception {
        Item unset = message("{\"id\":\"m2\",\"scanned_at\":\"2026-11-24T00:00:02.5Z\"}");
        Item empty = message("{\"id\":\"m3\",\"scanned_at\":\"2026-11-24T00:00:03Z\",\"final_disposition\":\"SPAM\","
                             + "\"is_quarantined\":false,\"post_delivery_operations\":[]}");

        assertThat(unset.versionHash()).isEqualTo("bf70585dab58950f");
        assertThat(unset.tracked(false, true).version()).isEqualTo(Map.of("disposition", "y-XP33wh",
                "postDeliveryOperations", "y-XP33wh", "quarantine", "y-XP33wh"));
        assertThat(empty.versionHash()).isEqualTo("5f6959023bf108c7");
        assertThat(empty.tracked(false, true).version()).isEqualTo(Map.of("disposition", "LC0vsmRk",
                "postDeliveryOperations", "jYs32B4b", "quarantine", "2f1bA4tU"));
    }

    @Test
    void aValueBeyondAsciiIsHashedAsUtf8AsBefore() throws Exception {
        Item item = Item.of(StreamDefinition.of(EmailSecurityOperation.listSubmissions),
                JsonCodec.mapper().readValue("{\"submission_id\":\"s1\",\"requested_at\":\"2026-11-24T00:00:01Z\","
                                             + "\"status\":\"open\",\"outcome\":\"ok\u00e9\","
                                             + "\"outcome_disposition\":\"SPAM\"}", Submission.class));

        assertThat(item.versionHash()).isEqualTo("4ec58f2280b5e930");
        assertThat(item.tracked(false, true).version()).isEqualTo(Map.of("outcome", "-Wgfo_-3", "status", "ArzZQoFu"));
    }

    @Test
    void aSettingsEntryIsVersionedByItsWholeJsonAsBefore() throws Exception {
        Item item = Item.of(StreamDefinition.of(EmailSecurityOperation.listBlockedSenders), JsonCodec.mapper()
                .readValue("{\"id\":7,\"pattern\":\"a@b.c\",\"pattern_type\":\"EMAIL\"}", BlockedSender.class));

        assertThat(item.versionHash()).isEqualTo("a06b0d1965812e30");
        assertThat(item.tracked(true, true)).isEqualTo(new TrackedItem(null, Map.of("entry", "ZbzkAp5i"),
                "{\"id\":\"7\",\"pattern\":\"a@b.c\",\"pattern_type\":\"EMAIL\"}"));
    }

    @Test
    void withoutDigestsTheCheckpointKeepsOnlyTheTimestampAndTheHashIsTheSame() throws Exception {
        String json = "{\"id\":\"m1\",\"scanned_at\":\"2026-11-24T00:00:01Z\",\"final_disposition\":\"MALICIOUS\"}";

        Item item = message(json);

        assertThat(item.tracked(false, false)).isEqualTo(new TrackedItem(Instant.parse("2026-11-24T00:00:01Z"),
                Map.of(), null));
        assertThat(item.versionHash()).isEqualTo(message(json).versionHash());
        assertThat(item.tracked(false, true).version()).containsOnlyKeys("disposition", "postDeliveryOperations",
                "quarantine");
    }

    @Test
    void digestsOfAMapAreThoseOfTheSameValuesReadFromAnItem() throws Exception {
        Item item = message("{\"id\":\"m1\",\"scanned_at\":\"2026-11-24T00:00:01Z\",\"final_disposition\":\"MALICIOUS\","
                            + "\"is_quarantined\":true,\"post_delivery_operations\":[\"MOVE\",\"RELEASE\"]}");

        assertThat(TrackedItem.digests(Map.of("disposition", "\"MALICIOUS\"|", "quarantine", "true|",
                "postDeliveryOperations", "[\"MOVE\",\"RELEASE\"]|"))).isEqualTo(item.tracked(false, true).version());
        assertThat(Version.of(Map.of("quarantine", "true|", "disposition", "\"MALICIOUS\"|",
                "postDeliveryOperations", "[\"MOVE\",\"RELEASE\"]|")).hash()).isEqualTo(item.versionHash());
    }

    private static Item message(String json) throws Exception {
        return Item.of(MESSAGES, JsonCodec.mapper().readValue(json, MessageDetails.class));
    }
}
