package dev.emailsecurity.camel.docs;

import java.util.List;

/** The few Markdown rules the generated pages share. */
final class Markdown {

    static final String GENERATED_NOTE = "<!-- Generated from the component JSON by camel-email-security-docs: do not edit."
                                         + " Regenerate with ./mvnw -B -q -pl camel-email-security-docs -am verify"
                                         + " -Ddocs.regenerate=true -->\n";

    private Markdown() {
    }

    /** A table cell: pipes escaped, line breaks flattened. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        return value.toString().replace("|", "\\|").replace("\r", "").replace("\n", " ").trim();
    }

    /** Code span, or empty when there is no value. */
    static String code(Object value) {
        String text = cell(value);
        return text.isEmpty() ? "" : "`" + text + "`";
    }

    /** A table header line and its separator. */
    static String header(List<String> columns) {
        return "| " + String.join(" | ", columns) + " |\n" + "|" + "---|".repeat(columns.size()) + "\n";
    }

    /** One table row. */
    static String row(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
