package no.fellesgrunn.planner.format;

import java.util.Arrays;
import java.util.List;

/**
 * A problem file broke a rule of docs/formats/PLANNER-FORMATS.md (or of its JSON Schema in
 * docs/formats/). Carries the JSON pointer of the offending field and the rule it broke as a
 * message code ({@code format.*}) with arguments, never a sentence: the command line writes it in
 * its reader's language ({@code CliText#violation}).
 */
public class FormatViolation extends RuntimeException {
    private final String pointer;
    private final String code;
    private final List<String> args;
    private final int line;
    private final int column;

    public FormatViolation(String pointer, String code, Object... args) {
        this(pointer, 0, 0, code, args);
    }

    /** A violation found while reading the text, at a line and column (0 when not known). */
    public FormatViolation(String pointer, int line, int column, String code, Object... args) {
        super(pointer + ": " + code + " " + Arrays.toString(args) + (line > 0 ? " at " + line + ":" + column : ""));
        this.pointer = pointer;
        this.code = code;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
        this.line = line;
        this.column = column;
    }

    /** JSON pointer (RFC 6901) of the field, for example {@code /actors/3/themes}; empty for the whole file. */
    public String pointer() {
        return pointer;
    }

    /** The rule broken, as a message code such as {@code format.required} or {@code format.maximum}. */
    public String code() {
        return code;
    }

    /** The code's arguments (limits, values, ids), as text. */
    public List<String> args() {
        return args;
    }

    /** The line of the text where reading stopped, from 1; 0 when not known or not a reading error. */
    public int line() {
        return line;
    }

    /** The column of the text where reading stopped, from 1; 0 when not known. */
    public int column() {
        return column;
    }
}
