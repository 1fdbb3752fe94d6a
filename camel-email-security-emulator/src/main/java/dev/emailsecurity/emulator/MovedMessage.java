package dev.emailsecurity.emulator;

/**
 * A message move the emulator performed (single move, bulk move or a MOVE bulk job).
 *
 * @param investigateId the message's investigate id
 * @param destination the mailbox folder, e.g. {@code JunkEmail}
 */
public record MovedMessage(String investigateId, String destination) {
}
