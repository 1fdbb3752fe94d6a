package dev.emailsecurity.camel.catalog.kamelet;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Our Kamelets pass the Apache Kamelet validator's rules and the endpoint checks; each rule catches its fault. */
class KameletValidatorTest {

    static final String VERSION = "1.0.0-SNAPSHOT";
    static final KameletValidator VALIDATOR = new KameletValidator(VERSION, EndpointModel.ours());
    static final String ACTION = "cloudflare-email-security-action";

    @Test
    void ourKameletsAreValid() {
        List<Kamelet> kamelets = KameletResources.load();
        assertThat(kamelets).extracting(Kamelet::type).contains("source", "action", "sink");
        assertThat(VALIDATOR.validate(kamelets)).isEmpty();
    }

    @Test
    void everyEmailSecurityEndpointOfOurKameletsIsChecked() {
        List<KameletEndpoints.Endpoint> endpoints = KameletResources.load().stream()
                .flatMap(k -> KameletEndpoints.of(k).stream()).filter(e -> e.scheme().equals("email-security")).toList();
        assertThat(endpoints).extracting(KameletEndpoints.Endpoint::path)
                .contains("searchMessages", "listSubmissions", "releaseMessages", "moveMessages", "createBlockedSender");
        assertThat(endpoints).allSatisfy(e -> assertThat(e.options()).containsKeys("accountId", "apiToken"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "file name               | name: " + ACTION + "|name: cloudflare-email-security-other-action| file name does not match",
        "type label              | kamelet.type: \"action\"|kamelet.type: \"filter\"| invalid camel.apache.org/kamelet.type",
        "name suffix             | kamelet.type: \"action\"|kamelet.type: \"sink\"| name does not end with \"-sink\"",
        "title suffix            | title: \"Cloudflare Email Security Action\"|title: \"Cloudflare Email Security\"| does not end with the capitalized type",
        "property title case     | title: Destination Folder|title: destination folder| non-capitalized word",
        "title article           | title: Destination Folder|title: The Destination Folder| starting with \"The\"",
        "property description    | description: The mailbox folder the messages are moved to (move only).|summary: x| has no description",
        "required defined        | - apiToken\\n    type: object|- apiToken\\n      - region\\n    type: object| required property \"region\" is not defined",
        "password descriptor     | - urn:camel:group:credentials|- urn:camel:group:other| password format but not",
        "declared not used       | default: JunkEmail|default: JunkEmail\\n      extra:\\n        title: Extra\\n        description: Unused.\\n        type: string| \"extra\" is declared but never used",
        "used not declared       | '{{action}}' == 'move'|'{{mode}}' == 'move'| \"mode\" is used but not declared",
        "icon annotation         | camel.apache.org/kamelet.icon:|camel.apache.org/kamelet.iconx:| no camel.apache.org/kamelet.icon",
        "provider annotation     | camel.apache.org/provider:|camel.apache.org/providerx:| no camel.apache.org/provider",
        "catalog version         | catalog.version: \"1.0.0-SNAPSHOT\"|catalog.version: \"0.9\"| is not the project version",
        "mvn dependency          | mvn:dev.emailsecurity|mvn:com.example| no dependency mvn:dev.emailsecurity",
        "unknown operation       | email-security:moveMessages|email-security:moveEverything| operation=moveEverything is not one of",
        "unknown option          | destination: \"{{destination}}\"|destinaton: \"{{destination}}\"| unknown option \"destinaton\"",
        "enum value              | email-security:releaseMessages|email-security:releaseMessages?direction=sideways| direction=sideways is not one of",
        "offered enum value      | - RecoverableItemsPurges|- RecoverableItemsPurged| property \"destination\" offers a value the component refuses: destination=RecoverableItemsPurged",
        "offered default         | default: JunkEmail|default: Junk| property \"destination\" offers a value the component refuses: destination=Junk",
    })
    void eachRuleCatchesItsFault(String rule, String from, String to, String expected) {
        String text = action().text();
        String unescaped = from.replace("\\n", "\n");
        assertThat(text).as("the fixture for %s", rule).contains(unescaped);
        Kamelet broken = Kamelet.parse(ACTION + Kamelet.SUFFIX, text.replace(unescaped, to.replace("\\n", "\n")));
        assertThat(VALIDATOR.validate(broken)).as(rule).anySatisfy(e -> assertThat(e).contains(expected));
    }

    @Test
    void aPropertyWithoutTypeIsReported() {
        String text = action().text();
        String broken = text.replace("    properties:\n      accountId:\n        title: Account ID\n        description: The Cloudflare account id (32 hexadecimal characters).\n        type: string\n",
                        "    properties:\n      accountId:\n        title: Account ID\n        description: The Cloudflare account id (32 hexadecimal characters).\n");
        assertThat(VALIDATOR.validate(Kamelet.parse(ACTION + Kamelet.SUFFIX, broken)))
                .anySatisfy(e -> assertThat(e).contains("property \"accountId\" has no type"));
    }

    @Test
    void consumerOptionsAreAcceptedOnFromAndRejectedOnTo() {
        EndpointModel model = EndpointModel.ours();
        String consumerOptions = "startFrom=P1D&overlap=60000&changeDetection=true&stateRepository=#state"
                                 + "&stateKey=k&idempotentRepository=#seen&delay=1000&maxMessagesPerPoll=10";
        assertThat(model.check(endpoint(true, "email-security:searchMessages?finalDisposition=MALICIOUS&" + consumerOptions)))
                .isEmpty();
        assertThat(model.check(endpoint(false, "email-security:searchMessages?startFrom=P1D")))
                .anySatisfy(e -> assertThat(e).contains("consumer option \"startFrom\" on a producer"));
        assertThat(model.check(endpoint(false, "email-security:searchMessages?delay=1000")))
                .anySatisfy(e -> assertThat(e).contains("consumer option \"delay\" on a producer"));
    }

    @Test
    void producerOptionsAreRejectedOnFrom() {
        EndpointModel model = EndpointModel.ours();
        assertThat(model.check(endpoint(true, "email-security:searchMessages?dryRun=true")))
                .anySatisfy(e -> assertThat(e).contains("producer option \"dryRun\" on a consumer"));
        assertThat(model.check(endpoint(true, "email-security:searchMessages?lazyStartProducer=true")))
                .anySatisfy(e -> assertThat(e).contains("producer option \"lazyStartProducer\" on a consumer"));
        assertThat(model.check(endpoint(false, "email-security:moveMessages?dryRun=true&destination=Inbox"))).isEmpty();
    }

    private static KameletEndpoints.Endpoint endpoint(boolean consumer, String uri) {
        return new KameletEndpoints.Endpoint(consumer, uri, Map.of());
    }

    @Test
    void duplicateTitlesAcrossKameletsAreReported() {
        Kamelet action = action();
        assertThat(VALIDATOR.validate(List.of(action, action))).anySatisfy(e -> assertThat(e).contains("duplicate title"));
    }

    private static Kamelet action() {
        return KameletResources.load().stream().filter(k -> k.name().equals(ACTION)).findFirst().orElseThrow();
    }
}
