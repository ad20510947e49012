package nl.werkmotor.platform;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The batch commands' shared shape ({@code --in FILE --top K --out FILE}, UTF-8, one question per
 * input line, tab-separated answers without a header): options, reading, writing, and refusing a
 * malformed line with its number while answering all the others.
 */
public final class BatchFile {

    public static final int MAX_TOP = 100;

    /** A line that cannot be answered; the message is shown with the line number. */
    public static class MalformedLine extends RuntimeException {
        public MalformedLine(String message) {
            super(message);
        }
    }

    /** Answers one input line with output lines (each without its line break). */
    @FunctionalInterface
    public interface Answer {
        List<String> to(String line);
    }

    /**
     * @param extra the values of the command's own options, by name (e.g. "--lang")
     */
    public record Options(Path in, Path out, int top, Map<String, String> extra) {
    }

    private BatchFile() {
    }

    /**
     * @param own the command's own options besides --in, --out and --top, each taking a value
     * @return the options, or null after telling {@code err} what is wrong
     */
    public static Options options(String command, List<String> args, Set<String> own, PrintStream err) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            }
            if (!(Set.of("--in", "--out", "--top").contains(name) || own.contains(name)) || value == null) {
                err.println("werkmotor " + command + ": onbekende optie of waarde ontbreekt / unknown option or missing "
                        + "value: " + name);
                return null;
            }
            values.put(name, value);
        }
        if (!values.containsKey("--in") || !values.containsKey("--out")) {
            err.println("werkmotor " + command + ": --in en --out zijn verplicht / --in and --out are required");
            return null;
        }
        int top;
        try {
            top = Integer.parseInt(values.getOrDefault("--top", "10"));
        } catch (NumberFormatException e) {
            top = -1;
        }
        if (top < 1 || top > MAX_TOP) {
            err.println("werkmotor " + command + ": --top moet tussen 1 en " + MAX_TOP + " liggen / --top must lie "
                    + "between 1 and " + MAX_TOP + ": " + values.get("--top"));
            return null;
        }
        Map<String, String> extra = new HashMap<>(values);
        extra.keySet().removeAll(Set.of("--in", "--out", "--top"));
        return new Options(Path.of(values.get("--in")), Path.of(values.get("--out")), top, extra);
    }

    /**
     * Answers every non-blank line of {@code in} into {@code out}. A malformed line is reported on
     * {@code err} as "FILE:LINE: reason" and skipped.
     *
     * @return 0 when every line was answered, 1 when some were refused (the others are in the output)
     *         or the files could not be read or written
     */
    public static int answer(String command, Options options, Answer answer, PrintStream report, PrintStream err) {
        int lines = 0;
        int answered = 0;
        int refused = 0;
        try (BufferedReader reader = Files.newBufferedReader(options.in(), StandardCharsets.UTF_8);
             BufferedWriter writer = Files.newBufferedWriter(options.out(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    for (String output : answer.to(line)) {
                        writer.write(output);
                        writer.write('\n');
                    }
                    answered++;
                } catch (MalformedLine e) {
                    refused++;
                    err.println(options.in() + ":" + lines + ": " + e.getMessage());
                }
            }
        } catch (NoSuchFileException e) {
            err.println("werkmotor " + command + ": bestand niet gevonden / file not found: " + e.getFile());
            return 1;
        } catch (CharacterCodingException e) {
            err.println("werkmotor " + command + ": " + options.in() + ":" + (lines + 1)
                    + ": geen UTF-8 / not UTF-8");
            return 1;
        } catch (IOException e) {
            err.println("werkmotor " + command + ": " + e.getMessage());
            return 1;
        }
        report.printf("%s: %d lines read, %d answered, %d refused; answers in %s%n", command, lines, answered, refused,
                options.out());
        return refused == 0 ? 0 : 1;
    }
}
