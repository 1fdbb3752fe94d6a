package dev.emailsecurity.emulator;

import dev.emailsecurity.emulator.http.ExchangeLog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Counts the calls received per operation and keeps the last {@code keep} of them whole (bodies included), and the
 * contract violations found, for inspection by tests and at {@code /__emulator/calls}.
 */
final class CallRecorder implements ExchangeLog {

    private static final List<String> SECRET_HEADERS = List.of("authorization", "x-auth-key");

    private final int keep;
    private final ArrayDeque<RecordedCall> calls = new ArrayDeque<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private long total;
    private final List<String> violations = new ArrayList<>();
    private volatile Consumer<String> listener = v -> { };

    CallRecorder(int keep) {
        this.keep = keep;
    }

    @Override
    public void record(String operationId, String method, String path, String rawQuery,
            Map<String, List<String>> query, String requestBody, Map<String, List<String>> requestHeaders, int status,
            String responseBody) {
        record(new RecordedCall(operationId, method, path, rawQuery, Map.copyOf(query), requestBody,
                mask(requestHeaders), status, responseBody));
    }

    private synchronized void record(RecordedCall call) {
        total++;
        counts.merge(call.operationId(), 1L, Long::sum);
        if (keep > 0) {
            if (calls.size() == keep) {
                calls.removeFirst();
            }
            calls.addLast(call);
        }
    }

    int keep() {
        return keep;
    }

    synchronized long total() {
        return total;
    }

    synchronized long count(String operationId) {
        return counts.getOrDefault(operationId, 0L);
    }

    synchronized Map<String, Long> counts() {
        return new LinkedHashMap<>(counts);
    }

    @Override
    public synchronized void violations(String operationId, String method, String path, List<String> problems) {
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
        counts.clear();
        total = 0;
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
