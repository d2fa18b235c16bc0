package no.fellesgrunn.infra.spreadsheet;

/**
 * A column of an import file.
 *
 * @param name      the header, matched ignoring case and surrounding spaces
 * @param required  the header must be present (the cell may still be optional, see the docs)
 * @param maxLength longest accepted cell
 * @param help      one line for the template's guide sheet and docs/import-format.md
 */
public record Column(String name, boolean required, int maxLength, String help) {}
