/**
 * Injected faults: the armed rules (filled through the public {@code Faults} API) and the responses
 * they send. Internal to the emulator.
 */
package dev.emailsecurity.emulator.faults;
