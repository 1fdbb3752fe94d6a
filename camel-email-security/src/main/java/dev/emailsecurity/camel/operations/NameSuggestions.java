package dev.emailsecurity.camel.operations;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The "did you mean" for an operation (or option) name that matches none: the closest names by edit distance (or by a
 * common prefix), and where the full list is, instead of all names in one line.
 */
public final class NameSuggestions {

    private static final int MAX_SUGGESTIONS = 3;
    private static final String FULL_LIST = "Every operation is listed in docs/user-guide.md, section Operations,"
                                            + " and in the component catalog (camel-email-security.json).";

    private NameSuggestions() {
    }

    /** The sentence to append after "Unknown operation 'x'": suggestions first, then where the full list is. */
    public static String didYouMean(String unknown) {
        List<String> closest = closest(unknown == null ? "" : unknown.trim());
        String hint = closest.isEmpty() ? "" : " Did you mean " + String.join(" or ", closest) + "?";
        return hint + " " + FULL_LIST;
    }

    static List<String> closest(String unknown) {
        return closest(unknown, Arrays.stream(EmailSecurityOperation.values()).map(Enum::name).toList());
    }

    /** Up to three of {@code names} closest to {@code unknown}, closest first; none when nothing is near. */
    public static List<String> closest(String unknown, Collection<String> names) {
        String wanted = unknown.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, wanted.length() / 3);
        return names.stream()
                .map(name -> new Candidate(name, distance(wanted, name.toLowerCase(Locale.ROOT)),
                        commonPrefix(wanted, name.toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance <= tolerance || c.prefix >= 4)
                .sorted(Comparator.comparingInt(Candidate::distance).thenComparing(c -> -c.prefix)
                        .thenComparing(Candidate::name))
                .limit(MAX_SUGGESTIONS).map(Candidate::name).toList();
    }

    private record Candidate(String name, int distance, int prefix) {
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
