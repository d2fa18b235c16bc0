package no.fellesgrunn.infra.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * One problem in an imported file, as a message code with arguments: the web layer writes it in
 * the reader's language. No sentence is made here.
 *
 * @param row    the spreadsheet row number (the header is row 1), or 0 for the file as a whole
 * @param column the column's header as in the file, or "" when the problem is not in one column
 * @param value  the offending value as found (shortened if long), or ""
 * @param code   the message code: an {@link ImportProblem}'s code, or the code of a broken domain rule
 * @param args   the code's arguments in order (numbers as numbers, texts as found in the file)
 */
public record ImportError(int row, String column, String value, String code, List<Object> args) {
    private static final int MAX_SHOWN = 80;

    public ImportError {
        column = column == null ? "" : column;
        value = value == null ? "" : value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "…" : value;
        args = List.copyOf(args);
    }

    public ImportError(int row, String column, String value, ImportProblem problem, Object... args) {
        this(row, column, value, problem.code(), Arrays.asList(args));
    }

    public static ImportError file(ImportProblem problem, Object... args) {
        return new ImportError(0, "", "", problem, args);
    }

    /** Whether this is the given problem. */
    public boolean is(ImportProblem problem) {
        return code.equals(problem.code());
    }

    /** For logs: where, the code and its arguments (not a sentence for people). */
    @Override
    public String toString() {
        return (row == 0 ? "file" : "row " + row) + (column.isEmpty() ? "" : ", column " + column)
                + (value.isEmpty() ? "" : ", value '" + value + "'") + ": " + code + args;
    }
}
