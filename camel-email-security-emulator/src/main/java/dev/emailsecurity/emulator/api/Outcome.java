package dev.emailsecurity.emulator.api;

import java.util.Map;

/** A response as it will be written: status, body (null = none) and headers. */
public record Outcome(int status, String body, Map<String, String> headers) {
}
