package no.fellesgrunn.infra.spreadsheet;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that do not depend on what a column means: the header, cell length, formula injection
 * and control characters. The same rules apply to CSV and .xlsx.
 */
final class CellRules {
    /** A phone number may start with +, which would otherwise look like a formula. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+[0-9 ]+");

    private CellRules() {}

    static void checkHeader(SheetKind kind, RawSheet sheet, List<ImportError> errors) {
        Set<String> seen = new HashSet<>();
        for (String raw : sheet.header()) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                errors.add(new ImportError(1, "", "", ImportProblem.HEADER_EMPTY));
            } else if (kind.column(name).isEmpty()) {
                errors.add(
                        new ImportError(1, raw, raw, ImportProblem.HEADER_UNKNOWN, String.join(", ", kind.headers())));
            } else if (!seen.add(name)) {
                errors.add(new ImportError(1, raw, raw, ImportProblem.HEADER_TWICE));
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                errors.add(new ImportError(1, column.name(), "", ImportProblem.HEADER_MISSING, column.name()));
            }
        }
    }

    static void checkCells(SheetKind kind, RawSheet sheet, List<ImportError> errors) {
        for (RawSheet.RawRow row : sheet.rows()) {
            row.cells().forEach((header, value) -> kind.column(header).ifPresent(column -> {
                String stripped = value.strip();
                if (value.length() > column.maxLength()) {
                    errors.add(new ImportError(
                            row.number(),
                            column.name(),
                            value,
                            ImportProblem.CELL_TOO_LONG,
                            value.length(),
                            column.maxLength()));
                } else if (looksLikeFormula(stripped)
                        && !(column.name().equals("phone")
                                && PHONE_LIKE.matcher(stripped).matches())) {
                    errors.add(new ImportError(
                            row.number(),
                            column.name(),
                            value,
                            ImportProblem.CELL_FORMULA_START,
                            String.valueOf(stripped.charAt(0))));
                } else if (hasControlCharacters(
                        value,
                        column.name().equals("description") || column.name().endsWith("needs"))) {
                    errors.add(new ImportError(
                            row.number(),
                            column.name(),
                            value.replaceAll("\\p{Cntrl}", "?"),
                            ImportProblem.CELL_CONTROL_CHARACTERS));
                }
            }));
        }
    }

    private static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }

    private static boolean hasControlCharacters(String value, boolean lineBreaksAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && !(lineBreaksAllowed && (c == '\n' || c == '\r'))) {
                return true;
            }
        }
        return false;
    }
}
