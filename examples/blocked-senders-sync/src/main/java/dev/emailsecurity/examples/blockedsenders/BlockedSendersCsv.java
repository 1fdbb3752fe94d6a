package dev.emailsecurity.examples.blockedsenders;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import dev.emailsecurity.camel.model.BlockedSender;

/**
 * Reads the wanted blocked-senders list: a header line, then {@code pattern,pattern_type,is_regex,comments} per line.
 * The comments column is last, so it may hold commas; blank lines and lines starting with {@code #} are skipped.
 */
public final class BlockedSendersCsv {

    private BlockedSendersCsv() {
    }

    public static List<BlockedSender> read(BufferedReader csv) throws IOException {
        List<BlockedSender> entries = new ArrayList<>();
        String header = csv.readLine();
        if (header == null || !header.startsWith("pattern,pattern_type")) {
            throw new IllegalArgumentException("The CSV must start with the header pattern,pattern_type,is_regex,comments");
        }
        int lineNumber = 1;
        for (String line = csv.readLine(); line != null; line = csv.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", 4);
            if (fields.length < 2 || fields[0].isBlank()) {
                throw new IllegalArgumentException("Line " + lineNumber + ": expected pattern,pattern_type[,is_regex[,comments]]");
            }
            BlockedSender entry = new BlockedSender();
            entry.setPattern(fields[0].trim());
            entry.setPatternType(fields[1].trim());
            entry.setIsRegex(fields.length > 2 && Boolean.parseBoolean(fields[2].trim()));
            if (fields.length > 3 && !fields[3].isBlank()) {
                entry.setComments(fields[3].trim());
            }
            entries.add(entry);
        }
        return entries;
    }
}
