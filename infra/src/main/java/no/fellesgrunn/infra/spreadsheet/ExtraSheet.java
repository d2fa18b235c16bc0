package no.fellesgrunn.infra.spreadsheet;

import java.util.List;

/**
 * A sheet added to an .xlsx template after the one that is imported: its name and rows of text,
 * the first row its header. The web layer writes them in the reader's language.
 */
public record ExtraSheet(String name, List<List<String>> rows) {
    public ExtraSheet {
        rows = List.copyOf(rows);
    }
}
