package no.fellesgrunn.web.organiser.participants;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.fellesgrunn.infra.spreadsheet.Column;
import no.fellesgrunn.infra.spreadsheet.ImportError;
import no.fellesgrunn.infra.spreadsheet.SheetKind;

/**
 * Writes an import problem in the reader's language: the import gives a message code with its
 * arguments ({@link ImportError}), the bundles ({@code import.problem.*}, {@code import.column.*})
 * give the words. Columns are named in the reader's language followed by the file's header, so
 * the column can be found in the file: "Kommune (municipality)".
 */
public final class ImportMessages {
    /** Translates a key with arguments, e.g. a component's {@code getTranslation}. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... args);
    }

    private static final Set<String> KNOWN_COLUMNS = Stream.of(SheetKind.values())
            .flatMap(k -> k.columns().stream())
            .map(Column::name)
            .collect(Collectors.toUnmodifiableSet());

    private final Translator translator;

    public ImportMessages(Translator translator) {
        this.translator = translator;
    }

    /** What is wrong and how to fix it, starting with a capital: "Ukjent kommune «Bodo». Bruk …". */
    public String reason(ImportError error) {
        String text = rawReason(error);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
    }

    /** The column in the reader's language with the file's header, or the header alone when it is not one of ours. */
    public String column(ImportError error) {
        if (error.column().isEmpty()) {
            return "";
        }
        String name = error.column().strip().toLowerCase(java.util.Locale.ROOT);
        return KNOWN_COLUMNS.contains(name)
                ? translator.translate("import.columnWithHeader", translator.translate("import.column." + name), name)
                : error.column();
    }

    /** The whole problem in one sentence: "Rad 4, kolonne «Kommune»: ukjent kommune «Bodo». Bruk …". */
    public String sentence(ImportError error) {
        String reason = rawReason(error);
        if (error.row() == 0) {
            return translator.translate("import.sentence.file", reason);
        }
        if (error.column().isEmpty()) {
            return translator.translate("import.sentence.row", error.row(), reason);
        }
        String name = error.column().strip().toLowerCase(java.util.Locale.ROOT);
        String column = KNOWN_COLUMNS.contains(name) ? translator.translate("import.column." + name) : error.column();
        return translator.translate("import.sentence.cell", error.row(), column, reason);
    }

    private String rawReason(ImportError error) {
        // A row a domain rule refused carries the rule's code; its statuses are named as the pages name them.
        return translator.translate(
                error.code(), no.fellesgrunn.web.i18n.DomainMessages.arguments(error.args(), translator::translate));
    }
}
