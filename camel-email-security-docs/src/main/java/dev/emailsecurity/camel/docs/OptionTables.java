package dev.emailsecurity.camel.docs;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;

/** Renders {@code docs/options.md} and {@code docs/headers.md} from the component JSON. */
public final class OptionTables {

    private static final List<String> OPTION_COLUMNS = List.of("Name", "Group", "Description", "Default", "Type");

    private final ComponentModel model;

    public OptionTables(ComponentModel model) {
        this.model = model;
    }

    /** The component options, then the endpoint's path and query options. */
    public String options() {
        StringBuilder md = new StringBuilder(Markdown.GENERATED_NOTE);
        md.append("# ").append(model.getTitle()).append(" options\n\n");
        md.append(model.getDescription()).append("\n\n");
        md.append("URI syntax: `").append(model.getSyntax()).append("`\n\n");
        md.append("## Component options (").append(model.getComponentOptions().size()).append(")\n\n");
        md.append("Set once on the component (`camel.component.").append(model.getScheme())
                .append(".<option>` in Camel Main or Spring Boot); every endpoint starts from them.\n\n");
        table(md, model.getComponentOptions());
        List<BaseOptionModel> path = new ArrayList<>();
        List<BaseOptionModel> query = new ArrayList<>();
        for (ComponentModel.EndpointOptionModel option : model.getEndpointOptions()) {
            ("path".equals(option.getKind()) ? path : query).add(option);
        }
        md.append("\n## Endpoint path options (").append(path.size()).append(")\n\n");
        table(md, path);
        md.append("\n## Endpoint query options (").append(query.size()).append(")\n\n");
        table(md, query);
        return md.toString();
    }

    /** The message headers the producer reads or sets. */
    public String headers() {
        StringBuilder md = new StringBuilder(Markdown.GENERATED_NOTE);
        md.append("# ").append(model.getTitle()).append(" message headers\n\n");
        md.append("A header overrides the endpoint option of the same name for one exchange.\n\n");
        md.append("## Headers (").append(model.getEndpointHeaders().size()).append(")\n\n");
        md.append(Markdown.header(List.of("Name", "Used by", "Description", "Default", "Type")));
        for (ComponentModel.EndpointHeaderModel header : model.getEndpointHeaders()) {
            md.append(Markdown.row(List.of(Markdown.code(header.getName()), Markdown.cell(header.getLabel()),
                    description(header),
                    Markdown.code(header.getDefaultValue()), Markdown.code(header.getJavaType()))));
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<? extends BaseOptionModel> options) {
        md.append(Markdown.header(OPTION_COLUMNS));
        for (BaseOptionModel option : options) {
            md.append(Markdown.row(List.of(Markdown.code(option.getName()), Markdown.cell(option.getGroup()),
                    description(option),
                    Markdown.code(option.getDefaultValue()), Markdown.code(type(option)))));
        }
    }

    private static String type(BaseOptionModel option) {
        return option.getType() == null ? option.getJavaType() : option.getType();
    }

    private static String description(BaseOptionModel option) {
        StringBuilder text = new StringBuilder(Markdown.cell(option.getDescription()));
        if (option.isRequired()) {
            text.append(" **Required.**");
        }
        if (option.isSecret()) {
            text.append(" **Secret** (masked in logs).");
        }
        if (option.getEnums() != null && !option.getEnums().isEmpty() && option.getEnums().size() <= 20) {
            text.append(" Values: ").append(String.join(", ", option.getEnums().stream().map(Markdown::code).toList()))
                    .append('.');
        }
        if (option.isDeprecated()) {
            text.append(" **Deprecated**").append(option.getDeprecationNote() == null || option.getDeprecationNote()
                    .isEmpty() ? "." : ": " + Markdown.cell(option.getDeprecationNote()));
        }
        return text.toString().trim();
    }
}
