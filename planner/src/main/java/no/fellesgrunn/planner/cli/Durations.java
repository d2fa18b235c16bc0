package no.fellesgrunn.planner.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Durations as people type them on a command line: {@code 30s}, {@code 2m}, {@code 500ms}, {@code 45} (seconds) or ISO-8601 {@code PT5S}. */
public final class Durations {
    private Durations() {}

    /**
     * @param what the option or property the text came from, named in the message when it is refused
     * @throws UsageError (an IllegalArgumentException) when the text is not a positive duration
     */
    public static Duration parse(String text, String what) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            Duration d;
            if (t.startsWith("pt")) {
                d = Duration.parse(t);
            } else if (t.endsWith("ms")) {
                d = Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                d = Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            } else if (t.endsWith("m")) {
                d = Duration.ofSeconds(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60));
            } else {
                d = Duration.ofSeconds(Long.parseLong(t));
            }
            if (d.isNegative() || d.isZero()) {
                throw new UsageError("cli.duration_not_positive", what, text);
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new UsageError("cli.duration_invalid", what, text);
        }
    }
}
