package dev.emailsecurity.camel.catalog;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.emailsecurity.camel.operations.ApiParameter;
import dev.emailsecurity.camel.operations.EmailSecurityOperation;

/**
 * The endpoint options that take several comma-separated values in some operation (the rows'
 * {@code oneSearchPerValue}, e.g. {@code finalDisposition=MALICIOUS,SPOOF}). Their component JSON entry keeps its
 * {@code enum} (as Camel's own comma-separated enum options do, e.g. http's {@code authMethod}); tools that take the
 * enum as the only allowed values must accept a list of them.
 */
public final class ValueListOptions {

    private ValueListOptions() {
    }

    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        for (EmailSecurityOperation operation : EmailSecurityOperation.values()) {
            operation.spec().valueLists().stream().map(ApiParameter::optionName).forEach(names::add);
        }
        return names;
    }

    /** Whether the value is a comma-separated list of allowed values of a value-list option. */
    public static boolean isListOfAllowed(String option, String value, List<String> allowed) {
        if (!names().contains(option) || value == null || value.isBlank()) {
            return false;
        }
        for (String one : value.split(",")) {
            if (!allowed.contains(one.trim())) {
                return false;
            }
        }
        return true;
    }
}
