package dev.emailsecurity.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of this module in a fresh JVM with this classpath and returns the line it reports. */
final class ChildJvm {

    private ChildJvm() {
    }

    /** The command line that runs a main class of this module in a fresh JVM with this classpath and heap. */
    static List<String> command(String heap, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xms" + heap, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * @param heap   the child's -Xms and -Xmx
     * @param main   the class to run
     * @param prefix how the child's result line starts (followed by a space)
     * @return the fields of the result line after the prefix
     */
    static String[] run(String heap, Class<?> main, String prefix, long timeoutMinutes, String... args)
            throws Exception {
        Process process = new ProcessBuilder(command(heap, main, args)).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith(prefix + " ")) {
                    result = line;
                }
            }
        }
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES) || process.exitValue() != 0 || result == null) {
            throw new IllegalStateException(main.getSimpleName() + " child " + List.of(args).get(0) + " failed:\n"
                                            + output);
        }
        return result.substring(prefix.length() + 1).split(" ");
    }
}
