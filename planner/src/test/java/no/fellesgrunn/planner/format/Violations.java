package no.fellesgrunn.planner.format;

import no.fellesgrunn.planner.cli.CliText;

/** A format violation as the command line writes it in English: the pointer and the rule, from the bundle. */
public final class Violations {
    private static final CliText ENGLISH = CliText.of(CliText.ENGLISH);

    private Violations() {}

    /** Throws MissingResourceException when the violation's code has no text in the bundle. */
    public static String english(FormatViolation violation) {
        return ENGLISH.violation(violation);
    }
}
