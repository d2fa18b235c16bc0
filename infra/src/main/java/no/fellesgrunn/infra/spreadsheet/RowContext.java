package no.fellesgrunn.infra.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads typed values from one row, recording a row-level error for every value it cannot use. */
final class RowContext {
    /** Separates several values in one cell: themes, perspectives, languages, rounds, wishes. */
    static final String LIST_SEPARATOR = "|";

    private final RawSheet.RawRow row;
    private final Set<String> columns;
    private final List<ImportError> errors;
    private final int errorsBefore;

    RowContext(RawSheet.RawRow row, Set<String> columns, List<ImportError> errors) {
        this.row = row;
        this.columns = columns;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    int number() {
        return row.number();
    }

    /** Whether the file has this column at all; an absent column leaves stored values as they are. */
    boolean has(String column) {
        return columns.contains(column);
    }

    String text(String column) {
        return row.get(column);
    }

    String optional(String column) {
        String value = text(column);
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            error(column, "", ImportProblem.REQUIRED);
        }
        return value;
    }

    void error(String column, String value, ImportProblem problem, Object... args) {
        errors.add(new ImportError(row.number(), column, value, problem, args));
    }

    void error(ImportError error) {
        errors.add(error);
    }

    boolean hasErrors() {
        return errors.size() > errorsBefore;
    }

    List<String> list(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String part : value.split("\\" + LIST_SEPARATOR)) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            if (!seen.add(item.toLowerCase(Locale.ROOT))) {
                error(column, item, ImportProblem.LISTED_TWICE, item);
                continue;
            }
            items.add(item);
        }
        return items;
    }

    /** yes/no in Norwegian or English, true/false, 1/0, x; empty gives the default. */
    boolean bool(String column, boolean defaultValue) {
        String value = text(column).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "" -> defaultValue;
            case "yes", "ja", "true", "1", "x", "y", "j" -> true;
            case "no", "nei", "false", "0", "n" -> false;
            default -> {
                error(column, text(column), ImportProblem.NOT_YES_NO);
                yield defaultValue;
            }
        };
    }

    <E extends Enum<E>> E enumValue(String column, String value, Class<E> type) {
        try {
            return Enum.valueOf(
                    type,
                    value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            error(
                    column,
                    value,
                    ImportProblem.UNKNOWN_VALUE,
                    Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(java.util.stream.Collectors.joining(", ")));
            return null;
        }
    }

    Integer integer(String column, int min, int max) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                error(column, value, ImportProblem.NOT_BETWEEN, min, max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(column, value, ImportProblem.NOT_WHOLE_NUMBER);
            return null;
        }
    }
}
