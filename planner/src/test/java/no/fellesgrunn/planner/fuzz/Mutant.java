package no.fellesgrunn.planner.fuzz;

import java.nio.charset.StandardCharsets;

/**
 * A generated problem file and what the reader must do with it.
 *
 * @param format      which format it was made from
 * @param description the mutations applied, for the report of a failure
 * @param bytes       the file's bytes
 * @param expected    whether it must be accepted, must be rejected, or may be either
 */
public record Mutant(Format format, String description, byte[] bytes, Expected expected) {

    /** The two problem formats. */
    public enum Format {
        MATCHING("matching-problem.json"),
        EVENT("event-problem.json");

        final String example;

        Format(String example) {
            this.example = example;
        }
    }

    /** What the reader must do with a file. */
    public enum Expected {
        /** Known valid by construction (an extreme value within the limits): must be solved. */
        ACCEPT,
        /** Known invalid by construction (trailing content, bad bytes, beyond a limit, ...): must be rejected. */
        REJECT,
        /** A random token mutation: either is fine, but an accepted file must be valid JSON. */
        EITHER
    }

    @Override
    public String toString() {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return format + " " + expected + " [" + description + "] " + bytes.length + " bytes: "
                + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
