package dev.emailsecurity.camel.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.emailsecurity.camel.EmailSecurityComponent;
import dev.emailsecurity.camel.EmailSecurityConfiguration;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;
import org.apache.camel.CamelContext;
import org.apache.camel.catalog.RuntimeCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code email-security:} URI in docs/*.md and the examples' READMEs is valid: the runtime catalog finds no
 * unknown option, bad enum or type, and the component creates the endpoint (its own checks included).
 */
class DocsUrisTest {

    private static final Pattern URI = Pattern.compile("email-security:[A-Za-z]+(\\?[^\\s`\"')<>]*)?");

    @Test
    void everyUriInTheDocsIsValid() throws Exception {
        Set<String> uris = urisIn(DocsUpToDateTest.DOCS, DocsUpToDateTest.DOCS.resolve("../examples"),
                DocsUpToDateTest.DOCS.resolve("../README.md"));
        assertThat(uris).hasSizeGreaterThanOrEqualTo(EmailSecurityOperation.values().length);
        assertThat(problemsOf(uris)).isEmpty();
    }

    @Test
    void theCheckReportsUnknownOptionsBadEnumsAndUnknownOperations() throws Exception {
        assertThat(problemsOf(List.of("email-security:searchMessages?finalDisposition=EVIL",
                "email-security:listBlockedSenders?noSuchOption=1", "email-security:noSuchOperation",
                "email-security:listBlockedSenders?pageSize=5000"))).hasSize(4);
    }

    private static List<String> problemsOf(Iterable<String> uris) throws Exception {
        List<String> problems = new ArrayList<>();
        try (CamelContext camel = new DefaultCamelContext()) {
            EmailSecurityConfiguration config = camel.getComponent("email-security", EmailSecurityComponent.class)
                    .getConfiguration();
            config.setAccountId("023e105f4ecef8ad9ca31a8372d0c353");
            config.setApiToken("docs-check-token");
            camel.start();
            RuntimeCamelCatalog catalog = camel.getCamelContextExtension().getContextPlugin(RuntimeCamelCatalog.class);
            for (String uri : uris) {
                EndpointValidationResult result = catalog.validateProperties("email-security",
                        catalog.endpointProperties(uri));
                // accountId is required, but set once on the component, as the docs recommend
                int missingAccount = result.getRequired() != null && result.getRequired().contains("accountId") ? 1 : 0;
                if (result.getNumberOfErrors() > missingAccount) {
                    problems.add(uri + ": " + result.summaryErrorMessage(false));
                    continue;
                }
                try {
                    camel.getEndpoint(uri);
                } catch (RuntimeException e) {
                    problems.add(uri + ": " + e.getMessage());
                }
            }
        }
        return problems;
    }

    private static Set<String> urisIn(Path... roots) throws Exception {
        Set<String> uris = new LinkedHashSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".yaml"))
                        .filter(f -> !f.toString().contains("/target/")).toList()) {
                    Matcher m = URI.matcher(Files.readString(file).replace("&amp;", "&"));
                    while (m.find()) {
                        if (!m.group().equals("email-security:operation")) { // the syntax line of options.md
                            uris.add(m.group());
                        }
                    }
                }
            }
        }
        return uris;
    }
}
