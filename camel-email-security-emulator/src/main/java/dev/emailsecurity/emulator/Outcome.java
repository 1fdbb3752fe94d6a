package dev.emailsecurity.emulator;

import java.util.Map;

/** A response as it will be written: status, body (null = none) and headers. */
record Outcome(int status, String body, Map<String, String> headers) {
}
