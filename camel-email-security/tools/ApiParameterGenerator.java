import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes, from the declarations in src/main/parameters, into src/generated/java: from the API parameters
 * (api-parameters.txt) the enum operations.ApiParameter, the endpoint options (ApiParameterOptions) and the headers
 * that override them (ApiParameterHeaders); from the sets of allowed values (parameter-values.txt) the constants of
 * operations.ParameterValues; from the component's other headers (headers.txt) their constants (EmailSecurityHeaders).
 * Run by the build (generate-sources) as a single-file Java program: {@code java tools/ApiParameterGenerator.java
 * <declaration folder> <generated source root>}. Writes a file only when its text changes, so that a build of an
 * unchanged declaration leaves the tree as it was.
 */
public class ApiParameterGenerator {

    private static final String PACKAGE = "dev.emailsecurity.camel";
    private static final int WIDTH = 120;

    /** One block of a declaration: the first line's words, the indented description, the group it is in. */
    record Block(String group, String[] head, String description) {
    }

    record Parameter(String group, String apiName, String option, String type, String label, String defaultValue,
                     String values, boolean dateTime, String description) {

        String constant() {
            return apiName.toUpperCase(Locale.ROOT);
        }

        String headerConstant() {
            return constantOf(option);
        }

        String capitalised() {
            return option.substring(0, 1).toUpperCase(Locale.ROOT) + option.substring(1);
        }

        boolean primitive() {
            return Character.isLowerCase(type.charAt(0));
        }

        String boxed() {
            return switch (type) {
                case "int" -> "java.lang.Integer";
                case "boolean" -> "java.lang.Boolean";
                case "long" -> "java.lang.Long";
                default -> "java.lang." + type;
            };
        }
    }

    /** A set of allowed values: its constant, the values in order, what it is for. */
    record ValueSet(String group, String name, List<String> values, String description) {
    }

    /** A header that is not an API parameter's: its name after the prefix, catalog label, Java type, description. */
    record Header(String group, String name, String label, String type, String description) {

        String constant() {
            return constantOf(name);
        }

        String javaType() {
            return type.contains(".") ? type : "java.lang." + type;
        }
    }

    public static void main(String[] args) throws IOException {
        Path declarations = Path.of(args[0]);
        List<Parameter> parameters = read(declarations.resolve("api-parameters.txt")).stream()
                .map(ApiParameterGenerator::parameter).toList();
        List<ValueSet> valueSets = valueSets(read(declarations.resolve("parameter-values.txt")));
        List<Header> headers = read(declarations.resolve("headers.txt")).stream()
                .map(ApiParameterGenerator::header).toList();
        checkValueSetsNamed(parameters, valueSets);
        Path pkg = Path.of(args[1]).resolve(PACKAGE.replace('.', '/'));
        write(pkg.resolve("operations/ApiParameter.java"), enumSource(parameters));
        write(pkg.resolve("operations/ParameterValues.java"), valuesSource(valueSets));
        write(pkg.resolve("ApiParameterOptions.java"), optionsSource(parameters));
        write(pkg.resolve("ApiParameterHeaders.java"), headersSource(parameters));
        write(pkg.resolve("EmailSecurityHeaders.java"), componentHeadersSource(headers));
        System.out.println("ApiParameterGenerator: " + parameters.size() + " API parameters, " + valueSets.size()
                           + " value sets, " + headers.size() + " other headers");
    }

    static List<Block> read(Path declaration) throws IOException {
        List<Block> blocks = new ArrayList<>();
        String group = null;
        String[] head = null;
        StringBuilder description = new StringBuilder();
        List<String> lines = new ArrayList<>(Files.readAllLines(declaration, StandardCharsets.UTF_8));
        lines.add("");
        for (String line : lines) {
            if (line.startsWith(" ") && head != null) {
                description.append(description.length() == 0 ? "" : " ").append(line.trim());
                continue;
            }
            if (head != null) {
                blocks.add(new Block(group, head, description.toString()));
                head = null;
                description.setLength(0);
            }
            if (line.startsWith("## ")) {
                group = line.substring(3).trim();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                head = line.trim().split("\\s+");
            }
        }
        return blocks;
    }

    private static List<ValueSet> valueSets(List<Block> blocks) {
        Map<String, ValueSet> sets = new LinkedHashMap<>();
        for (Block block : blocks) {
            String[] head = block.head();
            if (head.length != 2 || block.description().isBlank()) {
                throw new IllegalArgumentException("Value set " + String.join(" ", head)
                                                   + ": needs NAME values (or union=SET,...) and a description");
            }
            List<String> values;
            if (head[1].startsWith("union=")) {
                Set<String> union = new LinkedHashSet<>();
                for (String part : head[1].substring("union=".length()).split(",")) {
                    ValueSet set = sets.get(part);
                    if (set == null) {
                        throw new IllegalArgumentException("Value set " + head[0] + ": " + part
                                                           + " is not a set declared above it");
                    }
                    union.addAll(set.values());
                }
                values = List.copyOf(union);
            } else {
                values = List.of(head[1].split(","));
            }
            if (sets.put(head[0], new ValueSet(block.group(), head[0], values, block.description())) != null) {
                throw new IllegalArgumentException("Value set " + head[0] + " is declared twice");
            }
        }
        return List.copyOf(sets.values());
    }

    private static void checkValueSetsNamed(List<Parameter> parameters, List<ValueSet> valueSets) {
        Set<String> names = new HashSet<>();
        valueSets.forEach(v -> names.add("ParameterValues." + v.name()));
        for (Parameter p : parameters) {
            if (p.values() != null && !names.contains(p.values())) {
                throw new IllegalArgumentException("Parameter " + p.apiName() + ": values=" + p.values()
                                                   + " names no set of parameter-values.txt");
            }
        }
    }

    private static Header header(Block block) {
        String[] head = block.head();
        if (head.length != 3 || block.description().isBlank()) {
            throw new IllegalArgumentException("Header " + String.join(" ", head)
                                               + ": needs name label type and a description");
        }
        return new Header(block.group(), head[0], head[1], head[2], block.description());
    }

    private static Parameter parameter(Block block) {
        String group = block.group();
        String[] head = block.head();
        String description = block.description();
        if (head.length < 4 || description.isBlank()) {
            throw new IllegalArgumentException("Parameter " + String.join(" ", head)
                                               + ": needs api_name option type label and a description");
        }
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 4; i < head.length; i++) {
            String[] kv = head[i].split("=", 2);
            if (kv.length != 2 || !List.of("default", "values", "format").contains(kv[0])) {
                throw new IllegalArgumentException("Parameter " + head[0] + ": unknown attribute " + head[i]);
            }
            extra.put(kv[0], kv[1]);
        }
        String format = extra.get("format");
        if (format != null && !format.equals("date-time")) {
            throw new IllegalArgumentException("Parameter " + head[0] + ": unknown format " + format);
        }
        return new Parameter(group, head[0], head[1], head[2], "-".equals(head[3]) ? "" : head[3],
                extra.get("default"), extra.get("values"), format != null, description);
    }

    private static String enumSource(List<Parameter> parameters) {
        StringBuilder s = new StringBuilder(header(PACKAGE + ".operations"));
        s.append("""
                import java.util.List;

                /**
                 * Every path and query parameter of the Email Security API, with the endpoint option that carries it and the
                 * header that overrides that option per message. Generated from src/main/parameters/api-parameters.txt.
                 */
                public enum ApiParameter {
                """);
        String group = null;
        for (int i = 0; i < parameters.size(); i++) {
            Parameter p = parameters.get(i);
            if (p.group() != null && !p.group().equals(group)) {
                s.append(i == 0 ? "" : "\n").append("    // ").append(p.group()).append('\n');
                group = p.group();
            }
            s.append("    ").append(p.constant()).append("(\"").append(p.apiName()).append("\", \"").append(p.option())
                    .append("\", ").append(p.values() == null ? "null" : p.values()).append(", ").append(p.dateTime())
                    .append(')').append(i == parameters.size() - 1 ? ";" : ",").append('\n');
        }
        s.append("""

                    /** Prefix of every header this component reads or writes. */
                    public static final String HEADER_PREFIX = "CamelEmailSecurity";

                    private final String apiName;
                    private final String optionName;
                    private final String headerName;
                    private final List<String> allowedValues;
                    private final boolean dateTime;

                    ApiParameter(String apiName, String optionName, String allowedValues, boolean dateTime) {
                        this.apiName = apiName;
                        this.optionName = optionName;
                        this.headerName = HEADER_PREFIX + optionName.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                                          + optionName.substring(1);
                        this.allowedValues = allowedValues == null ? List.of() : List.of(allowedValues.split(","));
                        this.dateTime = dateTime;
                    }

                    /** The parameter's name in the API (path template or query string). */
                    public String apiName() {
                        return apiName;
                    }

                    /** The endpoint option (URI parameter) that carries this parameter. */
                    public String optionName() {
                        return optionName;
                    }

                    /** The message header that overrides the endpoint option for one exchange. */
                    public String headerName() {
                        return headerName;
                    }

                    /** The values the API accepts, empty when any value goes. */
                    public List<String> allowedValues() {
                        return allowedValues;
                    }

                    /** Whether a value must be an ISO-8601 date-time with offset. */
                    public boolean isDateTime() {
                        return dateTime;
                    }

                    /**
                     * Checks a value before it is sent.
                     *
                     * @throws IllegalArgumentException naming the parameter and the allowed values when the API would refuse it
                     */
                    public void check(String value) {
                        ParameterCheck.check(this, value, allowedValues, null);
                    }

                    /**
                     * Checks a value against the values one operation allows.
                     *
                     * @param operation the operation whose set it is, named in the message; null for the parameter's own set
                     * @throws IllegalArgumentException naming the option, its header and the allowed values
                     */
                    public void check(String value, List<String> allowed, String operation) {
                        ParameterCheck.check(this, value, allowed, operation);
                    }

                    /**
                     * Refuses a time window that ends before it starts.
                     *
                     * @param start the start option or header value, or null
                     * @param end   the end option or header value, or null
                     */
                    public static void checkWindow(Object start, Object end) {
                        ParameterCheck.checkWindow(start, end);
                    }
                }
                """);
        return s.toString();
    }

    private static String optionsSource(List<Parameter> parameters) {
        StringBuilder s = new StringBuilder(header(PACKAGE));
        s.append("""
                import dev.emailsecurity.camel.operations.ParameterValues;
                import org.apache.camel.spi.UriParam;
                import org.apache.camel.spi.UriParams;

                /**
                 * The endpoint options that carry the API parameters (path ids and query filters), one per parameter of
                 * src/main/parameters/api-parameters.txt. Each can be overridden per message by its header (see
                 * {@link ApiParameterHeaders}). The other options are in {@link EmailSecurityConfiguration}.
                 */
                @UriParams
                public abstract class ApiParameterOptions {

                """);
        for (Parameter p : parameters) {
            List<String> attributes = new ArrayList<>();
            if (!p.label().isEmpty()) {
                attributes.add("label = \"" + p.label() + "\"");
            }
            if (p.defaultValue() != null) {
                attributes.add("defaultValue = \"" + p.defaultValue() + "\"");
            }
            if (p.values() != null) {
                attributes.add("enums = " + p.values());
            }
            s.append("    @UriParam").append(attributes.isEmpty() ? "" : "(" + String.join(", ", attributes) + ")")
                    .append("\n    private ").append(p.type()).append(' ').append(p.option())
                    .append(p.primitive() && p.defaultValue() != null ? " = " + p.defaultValue() : "").append(";\n");
        }
        for (Parameter p : parameters) {
            String getter = ("boolean".equals(p.type()) ? "is" : "get") + p.capitalised();
            s.append("\n    public ").append(p.type()).append(' ').append(getter).append("() {\n        return ")
                    .append(p.option()).append(";\n    }\n\n");
            s.append(javadoc("    ", p.description()));
            s.append("    public void set").append(p.capitalised()).append('(').append(p.type()).append(' ')
                    .append(p.option()).append(") {\n        this.").append(p.option()).append(" = ").append(p.option())
                    .append(";\n    }\n");
        }
        s.append("}\n");
        return s.toString();
    }

    private static String headersSource(List<Parameter> parameters) {
        StringBuilder s = new StringBuilder(header(PACKAGE));
        s.append("""
                import org.apache.camel.spi.Metadata;

                /**
                 * The headers that override the API parameter options for one message, one per parameter of
                 * src/main/parameters/api-parameters.txt; use them through {@link EmailSecurityConstants}.
                 */
                public class ApiParameterHeaders {

                """);
        for (Parameter p : parameters) {
            String description = "Overrides the " + p.option() + " option: " + p.description();
            String defaultValue = p.primitive() ? null : p.defaultValue();
            s.append(headerConstant("producer", description, p.boxed(), defaultValue, p.headerConstant(),
                    p.capitalised()));
        }
        s.append("""

                    protected ApiParameterHeaders() {
                    }
                }
                """);
        return s.toString();
    }

    private static String valuesSource(List<ValueSet> valueSets) {
        StringBuilder s = new StringBuilder(header(PACKAGE + ".operations", "parameter-values.txt"));
        s.append("""
                /**
                 * The allowed values of enumerated API parameters and action options, as comma-separated constants so that they
                 * can be used both in {@code @UriParam(enums = ...)} (which feeds the catalog) and in the validation done when an
                 * endpoint is created. One per set of src/main/parameters/parameter-values.txt.
                 */
                public final class ParameterValues {
                """);
        String group = null;
        for (ValueSet v : valueSets) {
            if (v.group() != null && !v.group().equals(group)) {
                s.append("\n    // ").append(v.group()).append('\n');
                group = v.group();
            }
            s.append(javadoc("    ", v.description())).append("    public static final String ").append(v.name())
                    .append(" = \"").append(escape(String.join(",", v.values()))).append("\";\n");
        }
        s.append("""

                    private ParameterValues() {
                    }
                }
                """);
        return s.toString();
    }

    private static String componentHeadersSource(List<Header> headers) {
        StringBuilder s = new StringBuilder(header(PACKAGE, "headers.txt"));
        s.append("""
                import org.apache.camel.spi.Metadata;

                /**
                 * The headers that are not an API parameter's (the operation, the action targets, the overrides of the other
                 * options, all the headers the component writes), one per header of src/main/parameters/headers.txt; use them
                 * through {@link EmailSecurityConstants}.
                 */
                public class EmailSecurityHeaders extends ApiParameterHeaders {
                """);
        String group = null;
        for (Header h : headers) {
            if (h.group() != null && !h.group().equals(group)) {
                s.append("\n    // ").append(h.group()).append('\n');
                group = h.group();
            }
            s.append(headerConstant(h.label(), h.description(), h.javaType(), null, h.constant(), h.name()));
        }
        s.append("""

                    protected EmailSecurityHeaders() {
                    }
                }
                """);
        return s.toString();
    }

    /** A header's constant with the {@code @Metadata} the catalog reads; its value is the prefix and {@code name}. */
    private static String headerConstant(String label, String description, String javaType, String defaultValue,
                                         String constant, String name) {
        return "    @Metadata(label = \"" + label + "\", description = \"" + escape(description)
               + "\",\n              javaType = \"" + javaType + '"'
               + (defaultValue != null ? ", defaultValue = \"" + defaultValue + "\"" : "")
               + ")\n    public static final String " + constant + " = \"CamelEmailSecurity" + name + "\";\n";
    }

    private static String header(String pkg) {
        return header(pkg, "api-parameters.txt");
    }

    private static String header(String pkg, String declaration) {
        return "// Generated by tools/ApiParameterGenerator.java from src/main/parameters/" + declaration
               + ": do not edit.\n" + "package " + pkg + ";\n\n";
    }

    /** The constant for a camelCase or CapitalCase name: upper snake case. */
    static String constantOf(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static String javadoc(String indent, String text) {
        StringBuilder s = new StringBuilder(indent).append("/**\n");
        StringBuilder line = new StringBuilder(indent).append(" *");
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > WIDTH) {
                s.append(line).append('\n');
                line = new StringBuilder(indent).append(" *");
            }
            line.append(' ').append(word);
        }
        return s.append(line).append('\n').append(indent).append(" */\n").toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static void write(Path file, String text) throws IOException {
        if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
