package dev.emailsecurity.examples.safeactions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.actions.ActionReport;
import dev.emailsecurity.camel.actions.ActionResult;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.Submission;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.aggregate.GroupedBodyAggregationStrategy;

/**
 * Containment with safe actions, in three routes:
 * <ol>
 * <li>consume the MALICIOUS messages and move each to {@code DeletedItems}, guarded by {@code expectedDisposition}
 * (a message re-classified since it was found is skipped, not moved) and capped by {@code maxMessagesPerAction};</li>
 * <li>write one ticket line per message to {@code tickets.txt};</li>
 * <li>release the quarantined messages whose submissions came back as false positives (outcome NONE).</li>
 * </ol>
 */
public class SafeActionsRoutes extends RouteBuilder {

    /** The blast-radius cap of the move: more targets than this and nothing is moved. */
    static final int MAX_MOVES = 500;
    static final String TICKETS = "tickets.txt";
    private static final String CAUGHT_UP = "caughtUp";

    private final Path ticketDir;
    private final CountDownLatch done;
    private volatile Exception failure;

    public SafeActionsRoutes(Path ticketDir, CountDownLatch done) {
        this.ticketDir = ticketDir;
        this.done = done;
    }

    @Override
    public void configure() {
        String tickets = "file:" + ticketDir.toAbsolutePath() + "?fileName=" + TICKETS + "&fileExist=Append";

        // One exchange per MALICIOUS message as the consumer finds it (the last 30 days on first start, then what
        // arrives or changes). When a poll finds nothing new (sendEmptyMessageWhenIdle), the consumer has caught up:
        // that is when the false positives confirmed by submissions are released. Change detection is off: the
        // route's own moves change the messages, and containment needs each malicious message once.
        from("email-security:searchMessages?finalDisposition=MALICIOUS&startFrom=P30D&delay=60000&greedy=true"
             + "&sendEmptyMessageWhenIdle=true&changeDetection=false").routeId("safe-actions")
                .onCompletion()
                    .process(this::caughtUpOrFailed)
                .end()
                .choice()
                    .when(body().isNull())
                        .setProperty(CAUGHT_UP, constant(true))
                        .to("direct:release-false-positives")
                    .otherwise()
                        .to("direct:contain");

        from("direct:contain").routeId("contain")
                .to("email-security:moveMessages?destination=DeletedItems&expectedDisposition=MALICIOUS"
                    + "&maxMessagesPerAction=" + MAX_MOVES)
                .process(e -> e.getMessage().setBody(ticketLines(e, "MOVE to DeletedItems")))
                .to(tickets);

        from("direct:release-false-positives").routeId("release-false-positives")
                .setBody(constant(null))
                .to("email-security:listSubmissions?status=completed&outcomeDisposition=NONE")
                .process(SafeActionsRoutes::falsePositivePostfixIds)
                .split(body(), new GroupedBodyAggregationStrategy())
                    .setHeader(EmailSecurityConstants.POSTFIX_ID, body())
                    .to("email-security:getMessage")
                .end()
                .process(SafeActionsRoutes::keepQuarantined)
                .filter(e -> !e.getMessage().getBody(List.class).isEmpty())
                    .to("email-security:releaseMessages")
                    .process(e -> e.getMessage().setBody(ticketLines(e, "RELEASE false positive")))
                    .to(tickets);
    }

    /** The demo ends at the first idle poll (everything contained, false positives released) or at a failure. */
    private void caughtUpOrFailed(Exchange e) {
        if (e.getException() != null) {
            failure = e.getException();
            done.countDown();
        } else if (e.getProperty(CAUGHT_UP, false, Boolean.class)) {
            done.countDown();
        }
    }

    /** The exception that ended the run, or null. */
    public Exception failure() {
        return failure;
    }

    /** Submissions reviewed as clean (outcome NONE) of mail that had been flagged: the false positives. */
    private static void falsePositivePostfixIds(Exchange e) {
        List<?> submissions = e.getMessage().getBody(List.class);
        e.getMessage().setBody(submissions.stream().map(Submission.class::cast)
                .filter(s -> s.getOriginalDisposition() != null && !"NONE".equals(s.getOriginalDisposition()))
                .map(Submission::getOriginalPostfixId).distinct().toList());
    }

    private static void keepQuarantined(Exchange e) {
        List<?> found = e.getMessage().getBody(List.class);
        List<MessageDetails> quarantined = new ArrayList<>();
        if (found != null) {
            found.stream().map(MessageDetails.class::cast).filter(m -> Boolean.TRUE.equals(m.isQuarantined()))
                    .forEach(quarantined::add);
        }
        e.getMessage().setBody(quarantined);
    }

    /** One ticket line per message: when, what, which message, the outcome, and every recipient's outcome. */
    static String ticketLines(Exchange e, String action) {
        ActionReport report = e.getMessage().getBody(ActionReport.class);
        String now = Instant.now().toString();
        StringBuilder lines = new StringBuilder();
        for (ActionResult m : report.getMessages()) {
            lines.append(now).append(" | ").append(action).append(" | ").append(m.getId()).append(" | ")
                    .append(m.getOutcome()).append(" | ")
                    .append(m.getRecipients().stream().map(Object::toString).collect(Collectors.joining(", ")))
                    .append(m.getReason() == null ? "" : " | " + m.getReason()).append('\n');
        }
        return lines.toString();
    }
}
