package dev.emailsecurity.camel.operations;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The checks of {@link ApiParameter} values, with errors that name the option, its header and what is allowed. */
final class ParameterCheck {

    private ParameterCheck() {
    }

    static void check(ApiParameter parameter, String value, List<String> allowed, String operation) {
        if (parameter.isDateTime() && value != null) {
            dateTime(parameter, value);
        }
        if (!allowed.isEmpty() && value != null && !allowed.contains(value)) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for " + parameter.optionName()
                                               + " (header " + parameter.headerName() + ")"
                                               + (operation == null ? "" : " of " + operation)
                                               + ": allowed values are " + String.join(", ", allowed));
        }
    }

    static void checkWindow(Object start, Object end) {
        if (start == null || end == null) {
            return;
        }
        OffsetDateTime from = dateTime(ApiParameter.START, start.toString());
        if (dateTime(ApiParameter.END, end.toString()).isBefore(from)) {
            throw new IllegalArgumentException("Invalid time window: end " + end + " is before start " + start
                                               + " (options start and end, headers "
                                               + ApiParameter.START.headerName() + " and "
                                               + ApiParameter.END.headerName() + ")");
        }
    }

    private static OffsetDateTime dateTime(ApiParameter parameter, String value) {
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Invalid value '" + value + "' for " + parameter.optionName()
                                               + " (header " + parameter.headerName() + "): expected an ISO-8601 "
                                               + "date-time with offset, e.g. 2026-01-01T00:00:00Z (" + e.getMessage()
                                               + ")");
        }
    }
}
