package dev.emailsecurity.examples.blockedsenders;

import java.io.PrintStream;
import java.util.List;

import dev.emailsecurity.camel.EmailSecurityConstants;
import dev.emailsecurity.camel.model.BlockedSender;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * {@code direct:sync}: reads the account's blocked senders, plans against the wanted list (the body, a
 * {@code List<BlockedSender>}), prints the plan, and unless the {@value #DRY_RUN} header is true, creates the missing
 * entries and deletes the removed ones, one call each. The body out is the {@link SyncPlan}.
 */
public class BlockedSendersSyncRoutes extends RouteBuilder {

    /** Header: true to only print the plan (no create or delete call is made). */
    public static final String DRY_RUN = "SyncDryRun";

    private final PrintStream out;

    public BlockedSendersSyncRoutes(PrintStream out) {
        this.out = out;
    }

    @Override
    public void configure() {
        from("direct:sync").routeId("blocked-senders-sync")
                .setProperty("wanted", body())
                .to("email-security:listBlockedSenders")
                .process(this::plan)
                .choice()
                    .when(header(DRY_RUN).isEqualTo(true))
                        .process(e -> out.println("Dry run: nothing changed."))
                    .otherwise()
                        .setProperty("plan", body())
                        .split(simple("${body.toCreate}"))
                            .to("email-security:createBlockedSender")
                            .process(e -> out.println("created   " + SyncPlan.key(e.getMessage().getBody(BlockedSender.class))))
                        .end()
                        .split(simple("${exchangeProperty.plan.toDelete}"))
                            .setHeader(EmailSecurityConstants.PATTERN_ID, simple("${body.id}"))
                            .setProperty("deleting", body())
                            .to("email-security:deleteBlockedSender")
                            .process(e -> out.println("deleted   " + SyncPlan.key(e.getProperty("deleting", BlockedSender.class))))
                        .end()
                        .setBody(exchangeProperty("plan"))
                        .process(e -> out.println("Sync done."))
                .end();
    }

    @SuppressWarnings("unchecked")
    private void plan(Exchange exchange) {
        List<BlockedSender> current = exchange.getMessage().getBody(List.class);
        List<BlockedSender> wanted = exchange.getProperty("wanted", List.class);
        SyncPlan plan = SyncPlan.of(current, wanted);
        out.print(plan.describe());
        exchange.getMessage().setBody(plan);
    }
}
