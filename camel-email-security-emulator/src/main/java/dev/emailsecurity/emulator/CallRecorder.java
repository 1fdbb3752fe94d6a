package dev.emailsecurity.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Keeps the calls received and the contract violations found, for inspection by tests. */
final class CallRecorder {

    private static final List<String> SECRET_HEADERS = List.of("authorization", "x-auth-key");

    private final List<RecordedCall> calls = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private volatile Consumer<String> listener = v -> { };

    synchronized void record(RecordedCall call) {
        calls.add(call);
    }

    synchronized void violations(String operationId, String method, String path, List<String> problems) {
        for (String p : problems) {
            String violation = operationId + " " + method + " " + path + " -> " + p;
            violations.add(violation);
            listener.accept(violation);
        }
    }

    void onViolation(Consumer<String> violationListener) {
        this.listener = violationListener;
    }

    synchronized List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized void clear() {
        calls.clear();
        violations.clear();
    }

    /** A copy of the headers with credential values masked (the last 4 characters kept). */
    static Map<String, List<String>> mask(Map<String, List<String>> headers) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            if (SECRET_HEADERS.contains(name.toLowerCase())) {
                out.put(name, values.stream().map(CallRecorder::maskValue).toList());
            } else {
                out.put(name, List.copyOf(values));
            }
        });
        return out;
    }

    private static String maskValue(String v) {
        String tail = v.length() > 4 ? v.substring(v.length() - 4) : "";
        return (v.regionMatches(true, 0, "Bearer ", 0, 7) ? "Bearer " : "") + "****" + tail;
    }
}
