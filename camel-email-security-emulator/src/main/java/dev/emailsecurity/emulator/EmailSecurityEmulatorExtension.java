package dev.emailsecurity.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: one emulator per test class on a random loopback port, {@link EmailSecurityEmulator#reset()}
 * before each test, stopped after all tests. Also injects {@link EmailSecurityEmulator} parameters.
 *
 * <pre>{@code
 * @RegisterExtension
 * static EmailSecurityEmulatorExtension emulator = EmailSecurityEmulatorExtension.builder().seed(7).build();
 * }</pre>
 */
public final class EmailSecurityEmulatorExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

    private final EmailSecurityEmulator.Builder builder;
    private EmailSecurityEmulator emulator;

    private EmailSecurityEmulatorExtension(EmailSecurityEmulator.Builder builder) {
        this.builder = builder;
    }

    /** @return a builder; the port is always random */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (emulator == null) {
            emulator = builder.port(0).build().start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulator().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null) {
            emulator.close();
            emulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == EmailSecurityEmulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return emulator();
    }

    /** @return the running emulator */
    public EmailSecurityEmulator emulator() {
        if (emulator == null) {
            throw new IllegalStateException("the emulator runs only between beforeAll and afterAll");
        }
        return emulator;
    }

    /** @return see {@link EmailSecurityEmulator#baseUrl()} */
    public String baseUrl() {
        return emulator().baseUrl();
    }

    /** @return see {@link EmailSecurityEmulator#clock()} */
    public Clock clock() {
        return emulator().clock();
    }

    /** @return see {@link EmailSecurityEmulator#accountId()} */
    public String accountId() {
        return emulator().accountId();
    }

    /** @return see {@link EmailSecurityEmulator#writeToken()} */
    public String writeToken() {
        return emulator().writeToken();
    }

    /** @return see {@link EmailSecurityEmulator#readToken()} */
    public String readToken() {
        return emulator().readToken();
    }

    /** @return see {@link EmailSecurityEmulator#apiKey()} */
    public String apiKey() {
        return emulator().apiKey();
    }

    /** @return see {@link EmailSecurityEmulator#apiEmail()} */
    public String apiEmail() {
        return emulator().apiEmail();
    }

    /** @return see {@link EmailSecurityEmulator#calls()} */
    public List<RecordedCall> calls() {
        return emulator().calls();
    }

    /**
     * @param operationId an OpenAPI operationId
     * @return see {@link EmailSecurityEmulator#callCount(String)}
     */
    public long callCount(String operationId) {
        return emulator().callCount(operationId);
    }

    /** @return see {@link EmailSecurityEmulator#state()} */
    public EmulatorState state() {
        return emulator().state();
    }

    /** @return see {@link EmailSecurityEmulator#faults()} */
    public Faults faults() {
        return emulator().faults();
    }

    /** @return see {@link EmailSecurityEmulator#contractViolations()} */
    public List<String> contractViolations() {
        return emulator().contractViolations();
    }

    /** See {@link EmailSecurityEmulator#assertNoContractViolations()}. */
    public void assertNoContractViolations() {
        emulator().assertNoContractViolations();
    }

    /** @param cap see {@link EmailSecurityEmulator#setResultCap(int)} */
    public void setResultCap(int cap) {
        emulator().setResultCap(cap);
    }

    /** @param async see {@link EmailSecurityEmulator#setAsyncSearch(boolean)} */
    public void setAsyncSearch(boolean async) {
        emulator().setAsyncSearch(async);
    }

    /**
     * @param budget see {@link EmailSecurityEmulator#setRateLimit(int, Duration)}
     * @param window the window
     */
    public void setRateLimit(int budget, Duration window) {
        emulator().setRateLimit(budget, window);
    }

    /** @param max see {@link EmailSecurityEmulator#setMaxIdsPerAction(int)} */
    public void setMaxIdsPerAction(int max) {
        emulator().setMaxIdsPerAction(max);
    }

    /** Builder mirroring {@link EmailSecurityEmulator.Builder} (without the port). */
    public static final class Builder {
        private final EmailSecurityEmulator.Builder delegate = EmailSecurityEmulator.builder();

        /**
         * @param seed see {@link EmailSecurityEmulator.Builder#seed(long)}
         * @return this builder
         */
        public Builder seed(long seed) {
            delegate.seed(seed);
            return this;
        }

        /**
         * @param count see {@link EmailSecurityEmulator.Builder#messageCount(int)}
         * @return this builder
         */
        public Builder messageCount(int count) {
            delegate.messageCount(count);
            return this;
        }

        /**
         * @param accountId see {@link EmailSecurityEmulator.Builder#accountId(String)}
         * @return this builder
         */
        public Builder accountId(String accountId) {
            delegate.accountId(accountId);
            return this;
        }

        /**
         * @param cap see {@link EmailSecurityEmulator.Builder#resultCap(int)}
         * @return this builder
         */
        public Builder resultCap(int cap) {
            delegate.resultCap(cap);
            return this;
        }

        /**
         * @param budget see {@link EmailSecurityEmulator.Builder#rateLimit(int, Duration)}
         * @param window the window
         * @return this builder
         */
        public Builder rateLimit(int budget, Duration window) {
            delegate.rateLimit(budget, window);
            return this;
        }

        /**
         * @param validate see {@link EmailSecurityEmulator.Builder#validateAgainstSpec(boolean)}
         * @return this builder
         */
        public Builder validateAgainstSpec(boolean validate) {
            delegate.validateAgainstSpec(validate);
            return this;
        }

        /**
         * @param interval see {@link EmailSecurityEmulator.Builder#live(Duration, int)}
         * @param messagesPerTick new messages per tick
         * @return this builder
         */
        public Builder live(Duration interval, int messagesPerTick) {
            delegate.live(interval, messagesPerTick);
            return this;
        }

        /**
         * @param step see {@link EmailSecurityEmulator.Builder#bulkJobStep(Duration)}
         * @return this builder
         */
        public Builder bulkJobStep(Duration step) {
            delegate.bulkJobStep(step);
            return this;
        }

        /**
         * @param clock see {@link EmailSecurityEmulator.Builder#clock(Clock)}
         * @return this builder
         */
        public Builder clock(Clock clock) {
            delegate.clock(clock);
            return this;
        }

        /** @return the extension */
        public EmailSecurityEmulatorExtension build() {
            return new EmailSecurityEmulatorExtension(delegate);
        }
    }
}
