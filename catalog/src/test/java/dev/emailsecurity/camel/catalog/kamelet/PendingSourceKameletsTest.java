package dev.emailsecurity.camel.catalog.kamelet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two source Kamelets written for the consumer that is not merged yet ({@code catalog/src/kamelets-pending}):
 * every Kamelet rule except the endpoint checks against the current (producer-only) component JSON. Delete this
 * test when they move into the component's {@code kamelets/} (see the README there).
 */
class PendingSourceKameletsTest {

    static final Path PENDING = Path.of("src/kamelets-pending");

    @Test
    void pendingSourceKameletsFollowTheKameletRules() {
        List<Kamelet> pending = KameletResources.load(PENDING);
        assertThat(pending).extracting(Kamelet::name)
                .containsExactly("cloudflare-email-security-source", "cloudflare-email-security-submissions-source");
        List<Kamelet> all = new ArrayList<>(KameletResources.load());
        all.addAll(pending);
        assertThat(new KameletValidator(KameletValidatorTest.VERSION, null).validate(all)).isEmpty();
    }

    @Test
    void theyPollTheConsumerOperationsWithStartFromAndDelay() {
        for (Kamelet kamelet : KameletResources.load(PENDING)) {
            KameletEndpoints.Endpoint from = KameletEndpoints.of(kamelet).get(0);
            assertThat(from.consumer()).isTrue();
            assertThat(from.path()).isIn("searchMessages", "listSubmissions");
            assertThat(from.options()).containsKeys("startFrom", "delay", "accountId", "apiToken");
        }
    }
}
