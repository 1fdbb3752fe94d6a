package dev.emailsecurity.camel;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field-by-field comparison of what the API sent with what a typed model read: every non-null field of the response
 * must be present in the model with the same value. A field the model does not know, or reads wrongly, fails.
 */
final class JsonAssert {

    private JsonAssert() {
    }

    static void covers(JsonNode sent, JsonNode typed, String path) {
        if (sent == null || sent.isNull()) {
            return;
        }
        if (typed == null || typed.isNull() || typed.isMissingNode()) {
            throw new AssertionError(path + ": the API sent " + sent + " but the typed result has nothing");
        }
        if (sent.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = sent.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                covers(f.getValue(), typed.get(f.getKey()), path + "." + f.getKey());
            }
        } else if (sent.isArray()) {
            if (!typed.isArray() || typed.size() != sent.size()) {
                throw new AssertionError(path + ": the API sent " + sent.size() + " items, the typed result has " + typed);
            }
            for (int i = 0; i < sent.size(); i++) {
                covers(sent.get(i), typed.get(i), path + "[" + i + "]");
            }
        } else if (sent.isNumber() && typed.isTextual()) {
            // ids and other numbers read into String fields keep their text
            if (!sent.asText().equals(typed.asText())) {
                throw new AssertionError(path + ": the API sent " + sent + ", the typed result has " + typed);
            }
        } else if (sent.isNumber() && typed.isNumber()) {
            if (sent.decimalValue().compareTo(typed.decimalValue()) != 0) {
                throw new AssertionError(path + ": the API sent " + sent + ", the typed result has " + typed);
            }
        } else if (!sent.equals(typed)) {
            throw new AssertionError(path + ": the API sent " + sent + ", the typed result has " + typed);
        }
    }
}
