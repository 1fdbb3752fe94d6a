package dev.emailsecurity.emulator;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone emulator: {@code --port 8787 --seed 42 --messages 200 --live PT5S --live-batch 3}
 * ({@code --validate} also checks every exchange against the OpenAPI). Prints the base URL, account id and
 * credentials, then serves until killed.
 */
public final class EmulatorMain {

    private EmulatorMain() {
    }

    /**
     * @param args command-line options, see the class comment
     * @throws InterruptedException when interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        EmailSecurityEmulator emulator = start(args);
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "email-security-emulator-shutdown"));
        new CountDownLatch(1).await();
    }

    /**
     * Parses the options, starts the emulator and prints how to reach it.
     *
     * @param args command-line options
     * @return the started emulator
     */
    static EmailSecurityEmulator start(String[] args) {
        EmailSecurityEmulator.Builder b = EmailSecurityEmulator.builder().port(8787);
        Duration live = null;
        int batch = 3;
        boolean validate = false;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port" -> b.port(Integer.parseInt(require(args[i], value)));
                case "--seed" -> b.seed(Long.parseLong(require(args[i], value)));
                case "--messages" -> b.messageCount(Integer.parseInt(require(args[i], value)));
                case "--account" -> b.accountId(require(args[i], value));
                case "--live" -> live = Duration.parse(require(args[i], value));
                case "--live-batch" -> batch = Integer.parseInt(require(args[i], value));
                case "--validate" -> {
                    b.validateAgainstSpec(true);
                    validate = true;
                    continue;
                }
                case "--help", "-h" -> {
                    System.out.println("options: --port N (8787, 0 = random) --seed N (42) --messages N (200) "
                            + "--account ID --live PT5S --live-batch N (3) --validate");
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
            }
            i++;
        }
        if (live != null) {
            b.live(live, batch);
        }
        long seedStart = System.nanoTime();
        EmailSecurityEmulator emulator = b.build();
        long seedMillis = (System.nanoTime() - seedStart) / 1_000_000;
        emulator.start();
        if (validate) {
            emulator.onContractViolation(v -> {
                System.out.println("CONTRACT VIOLATION: " + v);
                System.out.flush();
            });
        }
        System.out.println("Email Security emulator listening");
        System.out.println("  base URL   : " + emulator.baseUrl());
        System.out.println("  account id : " + emulator.accountId());
        System.out.println("  messages   : " + emulator.state().messageCount() + " seeded in " + seedMillis + " ms");
        System.out.println("  write token: " + emulator.writeToken());
        System.out.println("  read token : " + emulator.readToken());
        System.out.println("  api key    : " + emulator.apiKey() + " (X-Auth-Email: " + emulator.apiEmail() + ")");
        if (validate) {
            System.out.println("  validating : every exchange against the OpenAPI; violations are printed as they happen "
                    + "and listed at " + emulator.baseUrl().replace(ApiHandler.PREFIX, "") + ViolationsHandler.PATH);
        }
        System.out.println("  try        : curl -H 'Authorization: Bearer " + emulator.writeToken() + "' '"
                + emulator.baseUrl() + "/accounts/" + emulator.accountId() + "/email-security/investigate'");
        System.out.flush();
        return emulator;
    }

    private static String require(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
