package no.fellesgrunn.planner.format;

/**
 * A problem file broke a rule of docs/formats/PLANNER-FORMATS.md. Carries the JSON pointer of the offending
 * field and the rule it broke, so a person can find and fix it.
 */
public class FormatViolation extends RuntimeException {
    private final String pointer;
    private final String rule;

    public FormatViolation(String pointer, String rule) {
        super(pointer + ": " + rule);
        this.pointer = pointer;
        this.rule = rule;
    }

    /** JSON pointer (RFC 6901) of the field, for example {@code /actors/3/themes}. */
    public String pointer() {
        return pointer;
    }

    public String rule() {
        return rule;
    }
}
