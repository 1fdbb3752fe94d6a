package dev.emailsecurity.camel.json;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.emailsecurity.camel.model.Finding;
import dev.emailsecurity.camel.model.MessageDetails;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemObserversTest {

    private static final String PAGE = "["
                                       + "{\"id\":\"m1\",\"final_disposition\":\"SPAM\",\"findings\":[{\"name\":\"f1\"},"
                                       + "{\"name\":\"f2\"}]},"
                                       + "{\"id\":\"m2\",\"post_delivery_operations\":[\"QUARANTINE\"]},"
                                       + "{\"id\":\"m3\"}]";

    private static final JavaType PAGE_TYPE = JsonCodec.types().constructCollectionType(List.class,
            MessageDetails.class);

    @Test
    void eachItemOfTheObservedClassIsHandedOnceInOrderAndComplete() throws Exception {
        List<Object> seen = new ArrayList<>();
        List<String> findingsWhenSeen = new ArrayList<>();
        ObjectReader reader = ItemObservers.observing(ItemObservers.reader(PAGE_TYPE), MessageDetails.class, item -> {
            seen.add(item);
            MessageDetails m = (MessageDetails) item;
            findingsWhenSeen.add(m.getId() + ":" + (m.getFindings() == null ? 0 : m.getFindings().size()));
        });

        List<MessageDetails> page = reader.readValue(PAGE);

        assertThat(seen).hasSize(3);
        for (int i = 0; i < page.size(); i++) {
            assertThat(seen.get(i)).isSameAs(page.get(i));
        }
        // handed only once bound whole: the nested findings are already there
        assertThat(findingsWhenSeen).containsExactly("m1:2", "m2:0", "m3:0");
        assertThat(page.get(1).getPostDeliveryOperations()).containsExactly("QUARANTINE");
    }

    @Test
    void nestedModelsOfAnotherClassAreNotHanded() throws Exception {
        List<Object> findings = new ArrayList<>();
        ObjectReader reader = ItemObservers.observing(ItemObservers.reader(PAGE_TYPE), Finding.class, findings::add);

        List<MessageDetails> page = reader.readValue(PAGE);

        assertThat(findings).containsExactlyElementsOf(page.get(0).getFindings());
    }

    @Test
    void readersWithoutAnObserverBindTheSameAsTheComponentsMapper() throws Exception {
        List<MessageDetails> observable = ItemObservers.reader(PAGE_TYPE).readValue(PAGE);
        List<MessageDetails> plain = JsonCodec.mapper().readerFor(PAGE_TYPE).readValue(PAGE);

        assertThat(JsonCodec.toJson(observable)).isEqualTo(JsonCodec.toJson(plain));
        assertThat(JsonCodec.mapper().getRegisteredModuleIds())
                .noneMatch(id -> String.valueOf(id).contains("item-observers"));
    }
}
