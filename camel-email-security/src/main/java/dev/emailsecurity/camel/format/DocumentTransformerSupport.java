package dev.emailsecurity.camel.format;

import java.util.List;
import java.util.Map;

import dev.emailsecurity.camel.json.JsonCodec;
import org.apache.camel.Message;

/** A data type that writes the item as one JSON document on one line, built by its schema's mapper (OCSF, ECS). */
abstract class DocumentTransformerSupport extends FormatTransformerSupport {

    /** Builds the JSON-ready document of an item in one schema. */
    @FunctionalInterface
    interface Mapper {
        Map<String, Object> map(SecurityItem item, List<Indicator> indicators, Coverage coverage);
    }

    private final Mapper mapper;

    DocumentTransformerSupport(Mapper mapper) {
        this.mapper = mapper;
    }

    @Override
    final void write(Message message, SecurityItem item, List<Indicator> indicators) {
        json(message, "application/json", JsonCodec.toJson(mapper.map(item, indicators, Coverage.NONE)));
    }
}
