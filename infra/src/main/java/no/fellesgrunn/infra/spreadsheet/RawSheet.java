package no.fellesgrunn.infra.spreadsheet;

import java.util.List;
import java.util.Map;

/**
 * A file as read, before meaning is given to it: the header (row 1) and the data rows with
 * their spreadsheet row numbers, or the problems that stopped reading.
 */
record RawSheet(List<String> header, List<RawRow> rows, List<ImportError> errors) {
    record RawRow(int number, Map<String, String> cells) {
        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }
    }

    static RawSheet failed(ImportError error) {
        return new RawSheet(List.of(), List.of(), List.of(error));
    }
}
