package dev.emailsecurity.camel.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.OperationSpec;
import dev.emailsecurity.camel.operations.ParameterSource;
import dev.emailsecurity.camel.operations.QueryValues;

/**
 * Filters that take several values ({@code finalDisposition=MALICIOUS,SPOOF}) although the API takes one: the
 * operation's row names them ({@link OperationSpec#valueLists()}), and each value, or each combination of values
 * when several such filters have more than one, becomes one search. Values of one filter are alternatives (OR);
 * different filters still all apply (AND).
 */
public final class ValueLists {

    /** The most searches one call or poll may make; more is refused at start, naming the filters. */
    public static final int MAX_SEARCHES = 32;

    private ValueLists() {
    }

    /** The values of a comma-separated list (or a collection), trimmed, blanks and repeats dropped, in order. */
    public static List<String> split(Object value) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : QueryValues.format(value)) {
            for (String one : text.split(",")) {
                if (!one.isBlank()) {
                    out.add(one.trim());
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The values to check one by one: the parts of a list for a filter of the row's value lists, else the value. */
    public static List<String> toCheck(OperationSpec spec, ApiParameter parameter, String value) {
        return spec != null && spec.valueLists().contains(parameter) ? split(value) : List.of(value);
    }

    /**
     * The parameter sources of the searches to make: the given one alone when no value-list filter has more than one
     * value, else one per combination, each giving one value of every such filter and the rest unchanged.
     *
     * @throws IllegalArgumentException naming the filters when the combinations exceed {@link #MAX_SEARCHES}
     */
    public static List<ParameterSource> searches(OperationSpec spec, ParameterSource parameters) {
        Map<ApiParameter, List<String>> lists = new LinkedHashMap<>();
        long count = 1;
        for (ApiParameter p : spec.queryParameters()) {
            if (spec.valueLists().contains(p)) {
                List<String> values = split(parameters.get(p));
                if (values.size() > 1) {
                    lists.put(p, values);
                    count *= values.size();
                }
            }
        }
        if (lists.isEmpty()) {
            return List.of(parameters);
        }
        if (count > MAX_SEARCHES) {
            StringBuilder what = new StringBuilder();
            lists.forEach((p, v) -> what.append(what.isEmpty() ? "" : " x ").append(p.optionName()).append(' ')
                    .append(v.size()));
            throw new IllegalArgumentException("Several values in " + what + " make " + count + " searches, more than "
                                               + MAX_SEARCHES + ": narrow the filters or use one route per value");
        }
        List<ParameterSource> out = new ArrayList<>();
        combine(new ArrayList<>(lists.entrySet()), 0, new LinkedHashMap<>(), parameters, out);
        return out;
    }

    private static void combine(List<Map.Entry<ApiParameter, List<String>>> lists, int index,
                                Map<ApiParameter, String> chosen, ParameterSource parameters,
                                List<ParameterSource> out) {
        if (index == lists.size()) {
            Map<ApiParameter, String> one = Map.copyOf(chosen);
            out.add(p -> one.containsKey(p) ? one.get(p) : parameters.get(p));
            return;
        }
        Map.Entry<ApiParameter, List<String>> list = lists.get(index);
        for (String value : list.getValue()) {
            chosen.put(list.getKey(), value);
            combine(lists, index + 1, chosen, parameters, out);
        }
        chosen.remove(list.getKey());
    }
}
