package no.fellesgrunn.infra.spreadsheet;

/**
 * One problem in an imported file.
 *
 * @param row    the spreadsheet row number (the header is row 1), or 0 for the file as a whole
 * @param column the column's header name, or "" when the problem is not in one column
 * @param value  the offending value as found (shortened if long), or ""
 * @param reason what is wrong and, where possible, how to fix it
 */
public record ImportError(int row, String column, String value, String reason) {
    private static final int MAX_SHOWN = 80;

    public ImportError {
        column = column == null ? "" : column;
        value = value == null ? "" : value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "…" : value;
    }

    public static ImportError file(String reason) {
        return new ImportError(0, "", "", reason);
    }

    @Override
    public String toString() {
        return (row == 0 ? "file" : "row " + row) + (column.isEmpty() ? "" : ", column " + column)
                + (value.isEmpty() ? "" : ", value '" + value + "'") + ": " + reason;
    }
}
