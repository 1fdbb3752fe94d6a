package dev.emailsecurity.camel.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.emailsecurity.camel.model.MessageDetails;
import dev.emailsecurity.camel.model.MessageDetectionDetails;
import dev.emailsecurity.camel.model.PhishGuardReport;
import dev.emailsecurity.camel.model.Submission;
import dev.emailsecurity.camel.test.EmulatorConnection;
import dev.emailsecurity.camel.json.JsonCodec;
import dev.emailsecurity.emulator.EmailSecurityEmulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.DataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator's 200 seeded messages (each with its detection details), its submissions and PhishGuard reports,
 * through the data types in a route ({@code transform(DataType)}): every OCSF event conforms to our OCSF 1.5 class 4009
 * schema, every ECS document uses only ECS 9.4 fields with their types; the field coverage per format is printed.
 */
class FormatsAgainstEmulatorTest {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private static EmailSecurityEmulator emulator;
    private static CamelContext context;
    private static ProducerTemplate template;
    private static List<SecurityItem> messages;
    private static List<SecurityItem> others;

    @BeforeAll
    static void start() throws Exception {
        emulator = EmailSecurityEmulator.builder().port(0).seed(42).validateAgainstSpec(true).build().start();
        context = new DefaultCamelContext();
        EmulatorConnection.pointAt(context, emulator.baseUrl(), emulator.accountId(), emulator.readToken());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ocsf").transformDataType(new DataType("email-security:application-ocsf+json"));
                from("direct:ecs").transformDataType(new DataType("email-security:application-ecs+json"));
            }
        });
        context.start();
        template = context.createProducerTemplate();
        @SuppressWarnings("unchecked")
        List<MessageDetails> all = template.requestBody(
                "email-security:searchMessages?detectionsOnly=false&start=2000-01-01T00:00:00Z", null, List.class);
        messages = new ArrayList<>();
        for (MessageDetails m : all) {
            MessageDetectionDetails d = template.requestBodyAndHeader("email-security:getDetections", null,
                    "CamelEmailSecurityInvestigateId", m.getId(), MessageDetectionDetails.class);
            messages.add(SecurityItem.of(m, d, emulator.accountId()));
        }
        others = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Submission> submissions = template.requestBody("email-security:listSubmissions?start=2000-01-01T00:00:00Z",
                null, List.class);
        @SuppressWarnings("unchecked")
        List<PhishGuardReport> reports = template.requestBody(
                "email-security:listPhishguardReports?start=2000-01-01T00:00:00Z", null, List.class);
        submissions.forEach(s -> others.add(SecurityItem.of(s, null, emulator.accountId())));
        reports.forEach(r -> others.add(SecurityItem.of(r, null, emulator.accountId())));
    }

    @AfterAll
    static void stop() {
        context.stop();
        emulator.close();
    }

    /** Sends an item through a route with its detections in the exchange property, as a user's route would. */
    private static Map<String, Object> through(String route, SecurityItem item) throws Exception {
        Exchange out = template.request(route, e -> {
            e.getMessage().setBody(item.model());
            e.setProperty(SecurityItem.DETECTIONS_PROPERTY, item.detections());
        });
        if (out.getException() != null) {
            throw out.getException();
        }
        assertThat(out.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("application/json");
        @SuppressWarnings("unchecked")
        List<Indicator> indicators = out.getProperty(FormatTransformerSupport.INDICATORS_PROPERTY, List.class);
        assertThat(indicators).isEqualTo(IndicatorExtractor.extract(item));
        return JsonCodec.mapper().readValue(out.getMessage().getBody(String.class), MAP);
    }

    @Test
    void everyOcsfEventOfTheSeededMessagesAndReportsConformsToEmailActivity() throws Exception {
        assertThat(messages).hasSize(200);
        OcsfSchema schema = OcsfSchema.load("/ocsf/ocsf-1.5.0-email-activity.json");
        Map<String, List<String>> violations = new TreeMap<>();
        int reports = 0;
        List<SecurityItem> items = new ArrayList<>(messages);
        items.addAll(others.stream().filter(i -> i.kind() == SecurityItem.Kind.REPORT).toList());
        for (SecurityItem item : items) {
            Map<String, Object> event = through("direct:ocsf", item);
            List<String> v = schema.violations(event);
            if (!v.isEmpty()) {
                violations.put(item.id(), v);
            }
            reports += item.kind() == SecurityItem.Kind.REPORT ? 1 : 0;
        }
        System.out.printf("OCSF %s: %d message events and %d report events checked%n", schema.version(),
                messages.size(), reports);
        assertThat(reports).isPositive();
        assertThat(violations).as("OCSF schema violations").isEmpty();
    }

    @Test
    void theOcsfEventCarriesTheMessagesFactsAndEveryIndicatorAsAnObservable() throws Exception {
        SecurityItem item = messages.stream()
                .filter(i -> Boolean.TRUE.equals(i.message().isQuarantined())
                             && "MALICIOUS".equals(i.message().getFinalDisposition()))
                .findFirst().orElseThrow();
        Map<String, Object> event = through("direct:ocsf", item);
        assertThat(event).containsEntry("class_uid", 4009).containsEntry("disposition_id", 3)
                .containsEntry("severity_id", 4).containsEntry("activity_id", 3);
        @SuppressWarnings("unchecked")
        Map<String, Object> email = (Map<String, Object>) event.get("email");
        assertThat(email.get("from")).isEqualTo(Addresses.address(item.message().getFrom()));
        assertThat(email.get("subject")).isEqualTo(item.message().getSubject());
        assertThat(event.get("time")).isEqualTo(java.time.OffsetDateTime.parse(item.message().getScannedAt())
                .toInstant().toEpochMilli());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> observables = (List<Map<String, Object>>) event.get("observables");
        assertThat(observables).extracting(o -> o.get("value"))
                .containsAll(IndicatorExtractor.extract(item).stream().map(Indicator::value).toList())
                .contains(item.detections().getLinks().get(0).getHref());
    }

    @Test
    void everyEcsDocumentUsesOnlyEcsFieldsWithTheirTypes() throws Exception {
        EcsFields ecs = EcsFields.load();
        Map<String, List<String>> violations = new TreeMap<>();
        List<SecurityItem> items = new ArrayList<>(messages);
        items.addAll(others);
        for (SecurityItem item : items) {
            List<String> v = ecs.violations(through("direct:ecs", item));
            if (!v.isEmpty()) {
                violations.put(item.kind() + " " + item.id(), v);
            }
        }
        System.out.printf("ECS %s (%d fields): %d documents checked%n", ecs.version(), ecs.size(), items.size());
        assertThat(ecs.version()).isEqualTo("9.4.0");
        assertThat(items.stream().map(SecurityItem::kind).distinct()).hasSize(3);
        assertThat(violations).as("ECS violations").isEmpty();
    }

    @Test
    void fieldCoveragePerFormat() {
        double ocsf = coverage("OCSF", messages, (item, cov) -> OcsfMapper.map(item, IndicatorExtractor.extract(item), cov));
        double ecs = coverage("ECS", messages, (item, cov) -> EcsMapper.map(item, IndicatorExtractor.extract(item), cov));
        double ecsOthers = coverage("ECS (submissions, reports)", others,
                (item, cov) -> EcsMapper.map(item, IndicatorExtractor.extract(item), cov));
        assertThat(ocsf).isGreaterThan(0.58);
        assertThat(ecs).isGreaterThan(0.45);
        assertThat(ecsOthers).isGreaterThan(0.45);
    }

    private static double coverage(String format, List<SecurityItem> items,
                                   BiFunction<SecurityItem, Coverage, Map<String, Object>> mapper) {
        long present = 0;
        long standard = 0;
        Map<String, Integer> unmapped = new TreeMap<>();
        for (SecurityItem item : items) {
            Coverage cov = new Coverage();
            mapper.apply(item, cov);
            Set<String> paths = Coverage.presentPaths(item);
            present += paths.size();
            for (String p : paths) {
                if (cov.standardPaths().contains(p)) {
                    standard++;
                } else {
                    unmapped.merge(p, 1, Integer::sum);
                }
            }
        }
        double share = (double) standard / present;
        System.out.printf("coverage %s: %d of %d non-null model fields (%.1f%%) land in standard fields; not in a "
                          + "standard field: %s%n", format, standard, present, 100 * share, unmapped.keySet());
        return share;
    }
}
