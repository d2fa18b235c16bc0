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

    private CellRules() {
    }

    static void checkHeader(SheetKind kind, RawSheet sheet, List<ImportError> errors) {
        Set<String> seen = new HashSet<>();
        for (String raw : sheet.header()) {
            String name = raw.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                errors.add(new ImportError(1, "", "", "a column has no header; remove it or name it"));
            } else if (kind.column(name).isEmpty()) {
                errors.add(new ImportError(1, raw, raw, "unknown column; the columns are " + String.join(", ", kind.headers())));
            } else if (!seen.add(name)) {
                errors.add(new ImportError(1, raw, raw, "the column appears twice"));
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                errors.add(new ImportError(1, column.name(), "", "required column '" + column.name() + "' is missing"));
            }
        }
    }

    static void checkCells(SheetKind kind, RawSheet sheet, List<ImportError> errors) {
        for (RawSheet.RawRow row : sheet.rows()) {
            row.cells().forEach((header, value) -> kind.column(header).ifPresent(column -> {
                String stripped = value.strip();
                if (value.length() > column.maxLength()) {
                    errors.add(new ImportError(row.number(), column.name(), value, "the cell has " + value.length()
                            + " characters; at most " + column.maxLength() + " are allowed"));
                } else if (looksLikeFormula(stripped) && !(column.name().equals("phone") && PHONE_LIKE.matcher(stripped).matches())) {
                    errors.add(new ImportError(row.number(), column.name(), value, "the cell starts with '"
                            + stripped.charAt(0) + "' and could run as a formula in a spreadsheet; remove that character"));
                } else if (hasControlCharacters(value, column.name().equals("description") || column.name().endsWith("needs"))) {
                    errors.add(new ImportError(row.number(), column.name(), value.replaceAll("\\p{Cntrl}", "?"),
                            "the cell contains control characters"));
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
