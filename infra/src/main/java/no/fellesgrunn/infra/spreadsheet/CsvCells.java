package no.fellesgrunn.infra.spreadsheet;

import java.util.List;

/**
 * Keeps CSV cells from being run as formulas when a file is opened in a spreadsheet program (CSV
 * or formula injection, OWASP): a cell that starts with {@code = + - @}, a tab or a carriage return
 * gets a leading apostrophe, which spreadsheet programs show as text. Our own CSV reader takes the
 * apostrophe off again, so an exported file imports unchanged. (.xlsx cells are written as text
 * and need none of this.)
 */
public final class CsvCells {
    private CsvCells() {}

    public static String neutralise(String cell) {
        return cell != null && !cell.isEmpty() && isFormulaStart(cell.charAt(0)) ? "'" + cell : cell;
    }

    public static List<String> neutralise(List<String> cells) {
        return cells.stream().map(CsvCells::neutralise).toList();
    }

    /** The cell as it was before {@link #neutralise}. */
    static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && isFormulaStart(cell.charAt(1)) ? cell.substring(1) : cell;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
