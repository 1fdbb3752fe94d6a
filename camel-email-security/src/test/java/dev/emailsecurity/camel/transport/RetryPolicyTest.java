package dev.emailsecurity.camel.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a failed call is tried again and after how long: the decisions, without a transport or a clock. */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:30:00Z");

    @Property
    void retriesLeftAreExactlyMaxRetries(@ForAll @IntRange(max = 50) int maxRetries,
                                         @ForAll @IntRange(max = 60) int retriesDone) {
        RetryPolicy policy = new RetryPolicy(maxRetries, Duration.ofSeconds(30));

        assertThat(policy.hasRetryLeft(retriesDone)).isEqualTo(retriesDone < maxRetries);
    }

    @Property
    void statusDecidesUnlessTheApiSaysOtherwise(@ForAll("statuses") int status,
                                                @ForAll("shouldRetryHeaders") String shouldRetry) {
        boolean retryable = RetryPolicy.isRetryable(response(status, shouldRetry, null, null));

        String header = shouldRetry == null ? "" : shouldRetry.trim().toLowerCase();
        if (header.equals("true")) {
            assertThat(retryable).isTrue();
        } else if (header.equals("false")) {
            assertThat(retryable).isFalse();
        } else {
            assertThat(retryable).isEqualTo(status == 408 || status == 409 || status == 429 || status >= 500);
        }
    }

    @Example
    void theUsualStatusesWithoutHeader() {
        assertThat(RetryPolicy.isRetryable(response(408, null, null, null))).isTrue();
        assertThat(RetryPolicy.isRetryable(response(409, null, null, null))).isTrue();
        assertThat(RetryPolicy.isRetryable(response(429, null, null, null))).isTrue();
        assertThat(RetryPolicy.isRetryable(response(503, null, null, null))).isTrue();
        assertThat(RetryPolicy.isRetryable(response(400, null, null, null))).isFalse();
        assertThat(RetryPolicy.isRetryable(response(404, null, null, null))).isFalse();
        assertThat(RetryPolicy.isRetryable(response(503, "false", null, null))).isFalse();
        assertThat(RetryPolicy.isRetryable(response(400, " True ", null, null))).isTrue();
    }

    @Property
    void backoffIsJitteredExponentialCappedAtEightSecondsAndAtMaxRetryWait(
            @ForAll @IntRange(max = 40) int retriesDone, @ForAll @LongRange(max = 20_000) long maxRetryWaitMillis) {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(maxRetryWaitMillis));
        long base = Math.min(8_000, 500L << Math.min(retriesDone, 10));

        long wait = policy.backoff(retriesDone).toMillis();

        assertThat(wait).isLessThanOrEqualTo(Math.min(base, maxRetryWaitMillis));
        assertThat(wait).isGreaterThanOrEqualTo(Math.min(base * 3 / 4, maxRetryWaitMillis));
        assertThat(policy.tooLong(Duration.ofMillis(wait))).isFalse();
    }

    @Example
    void backoffDoublesFromHalfASecond() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMinutes(1));

        assertThat(policy.backoff(0)).isBetween(Duration.ofMillis(375), Duration.ofMillis(500));
        assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(750), Duration.ofMillis(1_000));
        assertThat(policy.backoff(3)).isBetween(Duration.ofMillis(3_000), Duration.ofMillis(4_000));
        assertThat(policy.backoff(4)).isBetween(Duration.ofMillis(6_000), Duration.ofMillis(8_000));
        assertThat(policy.backoff(1_000)).isBetween(Duration.ofMillis(6_000), Duration.ofMillis(8_000));
    }

    @Property
    void aWaitIsTooLongExactlyWhenItExceedsMaxRetryWait(@ForAll @LongRange(max = 100_000) long maxMillis,
                                                        @ForAll @LongRange(max = 100_000) long waitMillis) {
        RetryPolicy policy = new RetryPolicy(1, Duration.ofMillis(maxMillis));

        assertThat(policy.tooLong(Duration.ofMillis(waitMillis))).isEqualTo(waitMillis > maxMillis);
    }

    @Property
    void retryAfterMsWinsOverRetryAfter(@ForAll @LongRange(max = 600_000) long millis,
                                        @ForAll @IntRange(max = 600) int seconds) {
        ApiResponse response = response(429, null, Integer.toString(seconds), " " + millis + " ");

        assertThat(RetryPolicy.advertisedWait(response, NOW)).isEqualTo(Duration.ofMillis(millis));
    }

    @Property
    void retryAfterInSecondsOrAsAnHttpDate(@ForAll @IntRange(max = 86_400) int seconds) {
        assertThat(RetryPolicy.advertisedWait(response(503, null, Integer.toString(seconds), null), NOW))
                .isEqualTo(Duration.ofSeconds(seconds));
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(NOW.plusSeconds(seconds));
        assertThat(RetryPolicy.advertisedWait(response(503, null, date, null), NOW))
                .isEqualTo(Duration.ofSeconds(seconds));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(NOW.minusSeconds(seconds));
        assertThat(RetryPolicy.advertisedWait(response(503, null, past, null), NOW)).isEqualTo(Duration.ZERO);
    }

    @Example
    void unreadableOrNegativeAdvertisedWaitsAreIgnored() {
        assertThat(RetryPolicy.advertisedWait(response(429, null, null, null), NOW)).isNull();
        assertThat(RetryPolicy.advertisedWait(response(429, null, "soon", null), NOW)).isNull();
        assertThat(RetryPolicy.advertisedWait(response(429, null, "-5", null), NOW)).isNull();
        assertThat(RetryPolicy.advertisedWait(response(429, null, null, "-1"), NOW)).isNull();
        assertThat(RetryPolicy.advertisedWait(response(429, null, "1.5", null), NOW)).isEqualTo(Duration.ofMillis(1_500));
        // an unreadable retry-after-ms falls back to Retry-After
        assertThat(RetryPolicy.advertisedWait(response(429, null, "2", "later"), NOW)).isEqualTo(Duration.ofSeconds(2));
    }

    @Example
    void rejectsNegativeSettingsNamingThem() {
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries").hasMessageContaining("-1");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(-2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetryWait")
                .hasMessageContaining("PT-2S");
    }

    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.oneOf(Arbitraries.of(200, 400, 404, 407, 408, 409, 410, 428, 429, 430, 499, 500, 502, 503, 599),
                Arbitraries.integers().between(100, 599));
    }

    @Provide
    Arbitrary<String> shouldRetryHeaders() {
        return Arbitraries.oneOf(Arbitraries.of("true", "false", " TRUE ", "False", "yes", "0", "", "  "),
                Arbitraries.just((String) null), Arbitraries.strings().ofMaxLength(6));
    }

    private static ApiResponse response(int status, String shouldRetry, String retryAfter, String retryAfterMs) {
        return new ApiResponse(status, "application/json", null, retryAfter, retryAfterMs, null, null, new byte[0],
                null, shouldRetry);
    }
}
