package no.fellesgrunn.infra.spreadsheet;

import java.util.List;

/**
 * What an import found and did. When {@link #errors()} is not empty nothing was (or would be)
 * changed: the import is all or nothing.
 *
 * @param dataRows  rows read, header excluded
 * @param created   things that are (or would be) new: actors, organisations, registrations, challenges
 * @param updated   existing things that are (or would be) changed
 * @param unchanged rows that match what is stored already
 */
public record ImportReport(SheetKind kind, int dataRows, List<ImportError> errors, int created, int updated,
                           int unchanged, boolean applied) {
    public ImportReport {
        errors = List.copyOf(errors);
    }

    static ImportReport rejected(SheetKind kind, int rows, List<ImportError> errors) {
        return new ImportReport(kind, rows, errors, 0, 0, 0, false);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
