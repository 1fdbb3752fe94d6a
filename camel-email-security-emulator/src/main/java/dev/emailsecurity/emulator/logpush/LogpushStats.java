package dev.emailsecurity.emulator.logpush;

/**
 * What a {@link LogpushJob} did so far, counted in batches and in alerts (lines).
 *
 * @param batches          batches made (one per run of new detections, cut at the job's batch size)
 * @param delivered        batches the destination answered 2xx
 * @param dropped          batches the job was told to lose (never sent)
 * @param failed           batches given up: a 4xx answer, or every attempt ended in 5xx, timeout or no connection
 * @param retries          attempts after the first, over all batches
 * @param alertsDelivered  lines in delivered batches
 * @param alertsLost       lines in dropped and failed batches
 */
public record LogpushStats(long batches, long delivered, long dropped, long failed, long retries,
        long alertsDelivered, long alertsLost) {

    @Override
    public String toString() {
        return "batches=" + batches + " delivered=" + delivered + " dropped=" + dropped + " failed=" + failed
               + " retries=" + retries + " alertsDelivered=" + alertsDelivered + " alertsLost=" + alertsLost;
    }
}
