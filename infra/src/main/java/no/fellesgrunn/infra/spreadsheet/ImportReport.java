package no.fellesgrunn.infra.spreadsheet;

import java.util.List;

/**
 * What an import found and did. When {@link #errors()} is not empty nothing was (or would be)
 * changed: the import is all or nothing.
 *
 * @param dataRows  rows read, header excluded
 * @param created   rows that are (or would be) new: a new person or a new registration for the event, a new challenge
 * @param updated   rows that change something stored
 * @param unchanged rows that match what is stored already
 * @param keptProfiles rows naming someone already registered for the event whose own profile the
 *                  file would change but the importer may not (they keep it in their own hands)
 */
public record ImportReport(
        SheetKind kind,
        int dataRows,
        List<ImportError> errors,
        int created,
        int updated,
        int unchanged,
        int keptProfiles,
        boolean applied) {
    public ImportReport {
        errors = List.copyOf(errors);
    }

    static ImportReport rejected(SheetKind kind, int rows, List<ImportError> errors) {
        return new ImportReport(kind, rows, errors, 0, 0, 0, 0, false);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
