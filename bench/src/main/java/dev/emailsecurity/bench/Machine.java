package dev.emailsecurity.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A one-paragraph description of the machine and JVM a run used. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        Runtime rt = Runtime.getRuntime();
        return "Run at " + Instant.now() + " on " + cpu() + ", " + rt.availableProcessors() + " cores visible to the JVM, "
               + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
               + System.getProperty("os.arch") + ", " + System.getProperty("java.vm.name") + " "
               + System.getProperty("java.runtime.version") + "; forks with -Xms1g -Xmx1g; load average at the end "
               + loadAverage() + " (a figure far above the core count means other processes shared the CPUs: read "
               + "the CPU columns, not the wall times).";
    }

    /** The 1, 5 and 15 minute load averages, from /proc/loadavg. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
