package dev.emailsecurity.examples.quickstart;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.actions.ActionReport;
import dev.emailsecurity.camel.actions.ActionResult;
import dev.emailsecurity.camel.actions.RecipientOutcome;
import dev.emailsecurity.camel.actions.RecipientResult;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * A SOC triage pass in three routes: search the last 30 days of detections, look at the detections of the malicious
 * ones, release one message that was quarantined as a false positive, and print a summary. The component is
 * configured once (account, token, base URL), so every URI names only the operation and its options.
 */
public class TriageRoutes extends RouteBuilder {

    /** How many malicious messages to inspect in detail. */
    static final int INSPECT = 3;

    private final PrintStream out;
    private final CountDownLatch done;
    private volatile Exception failure;

    public TriageRoutes(PrintStream out, CountDownLatch done) {
        this.out = out;
        this.done = done;
    }

    @Override
    public void configure() {
        from("timer:triage?repeatCount=1").routeId("triage")
                .onCompletion()
                    .process(e -> {
                        failure = e.getException();
                        done.countDown();
                    })
                .end()
                .to("email-security:searchMessages?pageSize=100")
                .process(this::printDispositions)
                .setProperty("messages", body())
                .process(e -> e.getMessage().setBody(malicious(e).stream().limit(INSPECT).toList()))
                .split(body())
                    .to("direct:inspect")
                .end()
                .process(this::pickFalsePositive)
                .choice()
                    .when(body().isNotNull())
                        .to("email-security:releaseMessages")
                        .process(this::printRelease)
                .end();

        from("direct:inspect").routeId("inspect")
                .setProperty("message", body())
                .setHeader(EmailSecurityConstants.INVESTIGATE_ID, simple("${body.id}"))
                .to("email-security:getDetections")
                .process(this::printDetections);
    }

    /** The exception that ended the triage route, or null when it completed. */
    public Exception failure() {
        return failure;
    }

    private void printDispositions(Exchange e) {
        List<MessageDetails> messages = messages(e.getMessage().getBody(List.class));
        Map<String, Long> byDisposition = messages.stream().collect(Collectors.groupingBy(
                m -> String.valueOf(m.getFinalDisposition()), TreeMap::new, Collectors.counting()));
        out.printf("%nSearched the last 30 days: %d detections in %d API call(s)%n", messages.size(),
                e.getMessage().getHeader(EmailSecurityConstants.PAGE_COUNT, Integer.class));
        byDisposition.forEach((d, n) -> out.printf("  %-14s %4d%n", d, n));
    }

    private void printDetections(Exchange e) {
        MessageDetails m = e.getProperty("message", MessageDetails.class);
        MessageDetectionDetails d = e.getMessage().getBody(MessageDetectionDetails.class);
        out.printf("%nMALICIOUS  %s%n  from %s, subject \"%s\"%n", m.getId(), m.getFrom(), m.getSubject());
        if (d.getValidation() != null) {
            out.printf("  SPF %s, DKIM %s, DMARC %s%n", d.getValidation().getSpf(), d.getValidation().getDkim(),
                    d.getValidation().getDmarc());
        }
        if (d.getSenderInfo() != null) {
            out.printf("  sent from %s (%s, %s)%n", d.getSenderInfo().getIp(), d.getSenderInfo().getAsName(),
                    d.getSenderInfo().getGeo());
        }
        out.printf("  %d finding(s), %d link(s), %d attachment(s), threats: %s%n", size(d.getFindings()),
                size(d.getLinks()), size(d.getAttachments()), d.getThreatCategories() == null ? "none"
                        : d.getThreatCategories().stream().map(t -> t.getName()).collect(Collectors.joining(", ")));
    }

    /**
     * The false positive: the newest quarantined message with a low-risk verdict (SPAM, BULK or SUSPICIOUS), which the
     * analyst judged clean.
     */
    private void pickFalsePositive(Exchange e) {
        List<MessageDetails> messages = messages(e.getProperty("messages", List.class));
        MessageDetails pick = messages.stream()
                .filter(m -> Boolean.TRUE.equals(m.isQuarantined()))
                .filter(m -> List.of("SPAM", "BULK", "SUSPICIOUS").contains(m.getFinalDisposition()))
                .findFirst().orElse(null);
        if (pick == null) {
            out.printf("%nNo quarantined low-risk message to release.%n");
            e.getMessage().setBody(null);
            return;
        }
        out.printf("%nReleasing false positive %s (\"%s\" to %s)%n", pick.getId(), pick.getSubject(), pick.getTo());
        e.getMessage().setBody(List.of(pick.getId()));
    }

    private void printRelease(Exchange e) {
        List<ActionResult> results = e.getMessage().getBody(ActionReport.class).getMessages();
        for (ActionResult r : results) {
            out.printf("  %s: delivered to %s, undelivered %s, failed %s%n", r.getOutcome(),
                    recipients(r, RecipientOutcome.DELIVERED), recipients(r, RecipientOutcome.UNDELIVERED),
                    recipients(r, RecipientOutcome.FAILED));
        }
        out.printf("%nSummary: %d malicious inspected, %d released, rate-limit budget left: %s%n",
                INSPECT, results.size(), e.getMessage().getHeader(EmailSecurityConstants.RATE_LIMIT_REMAINING));
    }

    private static List<String> recipients(ActionResult result, RecipientOutcome outcome) {
        return result.getRecipients().stream().filter(r -> r.getOutcome() == outcome)
                .map(RecipientResult::getRecipient).toList();
    }

    private static List<MessageDetails> malicious(Exchange e) {
        return messages(e.getProperty("messages", List.class)).stream()
                .filter(m -> "MALICIOUS".equals(m.getFinalDisposition())).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<MessageDetails> messages(List<?> body) {
        return (List<MessageDetails>) body;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
