/**
 * The emulator's public API: {@code EmailSecurityEmulator} and its builder, the JUnit 5 extension, {@code EmulatorMain},
 * the state, fault and clock handles ({@code EmulatorState}, {@code Faults}, {@code ManualClock}), the recorded calls
 * and the self-signed certificate for HTTPS. Everything else lives in packages by concern, none of which depends on
 * this one or on a package above it: {@code api} (at the bottom), {@code store}, {@code render}, {@code routes},
 * {@code contract}, {@code faults}, {@code http}.
 */
package dev.emailsecurity.emulator;
