package dev.emailsecurity.camel.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a file that a running route is still appending to: only the lines already ended by a line break count, so
 * a line half-written at the moment of reading is left for the next read instead of failing the parse.
 */
public final class CompleteLines {

    private CompleteLines() {
    }

    /** The non-blank lines of the file that end with a line break; none when the file does not exist yet. */
    public static List<String> of(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            int end = text.lastIndexOf('\n');
            if (end < 0) {
                return List.of();
            }
            return Arrays.stream(text.substring(0, end).split("\r?\n")).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
