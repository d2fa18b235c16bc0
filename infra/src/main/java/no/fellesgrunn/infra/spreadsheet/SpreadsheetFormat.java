package no.fellesgrunn.infra.spreadsheet;

import java.util.Locale;

/** The two file types organisers use. */
public enum SpreadsheetFormat {
    CSV("text/csv; charset=UTF-8", ".csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private final String contentType;
    private final String extension;

    SpreadsheetFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** By file name when it has a known extension, else by content: .xlsx files are zip archives ("PK"). */
    public static SpreadsheetFormat detect(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CSV;
        }
        return content.length >= 2 && content[0] == 'P' && content[1] == 'K' ? XLSX : CSV;
    }
}
