package no.fellesgrunn.infra.spreadsheet;

import java.util.Locale;

/**
 * What can be wrong in an imported file. Each problem is a message code, {@code import.problem.<name>}
 * in lower case, that the web layer translates with the error's arguments; the comment on each
 * constant lists those arguments in order. The row, column and value are in {@link ImportError}
 * itself, not among the arguments. A row a domain rule refuses carries the rule's code instead
 * ({@link no.fellesgrunn.domain.common.DomainError}).
 */
public enum ImportProblem {
    // The file as a whole
    /** {0} the largest size in MB. */
    FILE_TOO_LARGE,
    FILE_EMPTY,
    FILE_NOT_UTF8,
    /** {0} the line with the first byte that is not UTF-8. */
    FILE_NOT_UTF8_LINE,
    FILE_NUL_BYTES,
    FILE_CSV_MALFORMED,
    FILE_XLSX_UNREADABLE,
    FILE_XLSX_ZIP_BOMB,
    FILE_XLSX_NO_SHEETS,
    /** {0} the most data rows a file may have. */
    FILE_TOO_MANY_ROWS,
    FILE_NO_DATA_ROWS,
    EVENT_REQUIRED,
    EVENT_MISSING,
    /** {0} the event's name. */
    EVENT_CLOSED,
    // The header
    HEADER_EMPTY,
    /** {0} the accepted columns, comma-separated. */
    HEADER_UNKNOWN,
    HEADER_TWICE,
    /** {0} the missing column's header. */
    HEADER_MISSING,
    // Cells, whatever the column
    /** {0} the cells in the row, {1} the cells in the header, {2} the separator. */
    ROW_TOO_MANY_CELLS,
    /** {0} the column's position (1 = A). */
    CELL_WITHOUT_HEADER,
    /** {0} the cell's length, {1} the longest allowed. */
    CELL_TOO_LONG,
    /** {0} the character the cell starts with. */
    CELL_FORMULA_START,
    CELL_CONTROL_CHARACTERS,
    CELL_FORMULA,
    CELL_ERROR_VALUE,
    // Typed values
    REQUIRED,
    /** {0} the value listed twice. */
    LISTED_TWICE,
    NOT_YES_NO,
    /** {0} the accepted values, comma-separated. */
    UNKNOWN_VALUE,
    /** {0} the least, {1} the largest accepted number. */
    NOT_BETWEEN,
    NOT_WHOLE_NUMBER,
    /** {0} the number given. */
    MUNICIPALITY_NUMBER_UNKNOWN,
    /** {0} the name given. */
    MUNICIPALITY_UNKNOWN,
    /** {0} the name given, {1} the numbers of the municipalities of that name. */
    MUNICIPALITY_AMBIGUOUS,
    THEME_UNKNOWN,
    // Actors
    /** {0} the earlier row with the same e-mail. */
    EMAIL_DUPLICATE,
    EMAIL_INVALID,
    PHONE_INVALID,
    LANGUAGE_INVALID,
    ORGANISATION_NUMBER_DIGITS,
    ORGANISATION_NUMBER_CHECK_DIGIT,
    /** {0} the sector given (as written in the file). */
    SECTOR_NEEDS_ORGANISATION,
    CITIZEN_WITH_ORGANISATION,
    ORGANISATION_NAME_REQUIRED,
    SECTOR_REQUIRED,
    /** {0} the earlier row, {1} the organisation number, {2} the name given there. */
    ORGANISATION_NAME_CONFLICT,
    /** {0} the earlier row, {1} the sector given there. */
    ORGANISATION_SECTOR_CONFLICT,
    REGISTRATION_COLUMN_WITHOUT_EVENT,
    /** {0} the event's name, {1} its number of rounds. */
    ROUND_UNKNOWN,
    /** {0} the event's name. */
    WISH_UNKNOWN,
    WISH_AMBIGUOUS,
    /** {0} the challenge's title, {1} the event's name. */
    HOST_MUST_STAY,
    // Challenges
    /** {0} the earlier row with the same title and owner. */
    CHALLENGE_DUPLICATE,
    HOST_UNKNOWN,
    /** {0} the event's name. */
    HOST_NOT_REGISTERED,
    CHALLENGE_STATUS_FOR_EVENT,
    /** {0} the stored status, {1} the status asked for (as written in the file). */
    STATUS_UNREACHABLE,
    /** {0} the min_rounds value. */
    MAX_BELOW_MIN;

    /** The message code, the bundle key in the web layer. */
    public String code() {
        return "import.problem." + name().toLowerCase(Locale.ROOT);
    }
}
