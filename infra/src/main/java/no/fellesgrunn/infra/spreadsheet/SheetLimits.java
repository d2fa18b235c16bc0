package no.fellesgrunn.infra.spreadsheet;

/** Bounds that keep a bad or hostile file from exhausting the server. */
final class SheetLimits {
    /** Larger files are refused before they are read. */
    static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    static final int MAX_ROWS = 50_000;
    /** Unpacked size of any one part of an .xlsx archive. */
    static final long MAX_XLSX_ENTRY_BYTES = 200L * 1024 * 1024;
    /** An .xlsx part that unpacks more than 1:100 is treated as a zip bomb. */
    static final double MIN_XLSX_INFLATE_RATIO = 0.01;

    private SheetLimits() {}
}
