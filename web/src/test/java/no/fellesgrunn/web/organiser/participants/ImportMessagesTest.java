package no.fellesgrunn.web.organiser.participants;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.fellesgrunn.infra.spreadsheet.Column;
import no.fellesgrunn.infra.spreadsheet.ImportError;
import no.fellesgrunn.infra.spreadsheet.ImportProblem;
import no.fellesgrunn.infra.spreadsheet.SheetKind;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import org.junit.jupiter.api.Test;

/** Import problems arrive as codes with arguments and read as sentences in bokmål, nynorsk and English. */
class ImportMessagesTest {
    private static final FellesgrunnI18NProvider PROVIDER = new FellesgrunnI18NProvider();
    private static final List<Locale> LOCALES =
            List.of(FellesgrunnI18NProvider.BOKMAL, FellesgrunnI18NProvider.NYNORSK, FellesgrunnI18NProvider.ENGLISH);

    private static ImportMessages in(Locale locale) {
        return new ImportMessages((key, args) -> PROVIDER.getTranslation(key, locale, args));
    }

    @Test
    void anUnknownMunicipalityReadsAsOneSentenceInEachLanguage() {
        ImportError error = new ImportError(4, "municipality", "Bodo", ImportProblem.MUNICIPALITY_UNKNOWN, "Bodo");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL).sentence(error))
                .isEqualTo("Rad 4, kolonne «Kommune»: ukjent kommune «Bodo». "
                        + "Bruk kommunenummeret med fire siffer eller navnet, for eksempel 1804 eller Bodø.");
        assertThat(in(FellesgrunnI18NProvider.NYNORSK).sentence(error))
                .isEqualTo("Rad 4, kolonne «Kommune»: ukjend kommune «Bodo». "
                        + "Bruk kommunenummeret med fire siffer eller namnet, til dømes 1804 eller Bodø.");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH).sentence(error))
                .isEqualTo(
                        "Row 4, column \"Municipality\": unknown "
                                + "municipality \"Bodo\". Use the four-digit municipality number or the Norwegian name, for example 1804 or Bodø.");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL).column(error)).isEqualTo("Kommune (municipality)");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL).reason(error)).startsWith("Ukjent kommune «Bodo».");
    }

    @Test
    void countsAndRowNumbersReadRight() {
        ImportError tooLong = new ImportError(12345, "name", "x", ImportProblem.CELL_TOO_LONG, 5000, 200);
        assertThat(in(FellesgrunnI18NProvider.BOKMAL).sentence(tooLong))
                .isEqualTo("Rad 12345, kolonne «Navn»: cellen har 5\u00a0000 tegn; høyst 200 tegn er tillatt.");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH).sentence(tooLong))
                .isEqualTo(
                        "Row 12345, column \"Name\": the cell has 5,000 characters; at most 200 characters are allowed.");
        ImportError oneRound = new ImportError(2, "rounds", "2", ImportProblem.ROUND_UNKNOWN, "Møteplass Bodø", 1);
        assertThat(in(FellesgrunnI18NProvider.NYNORSK).reason(oneRound)).isEqualTo("Møteplass Bodø har berre runde 1.");
        ImportError file = ImportError.file(ImportProblem.FILE_TOO_MANY_ROWS, 50_000);
        assertThat(in(FellesgrunnI18NProvider.NYNORSK).sentence(file))
                .startsWith("Fila: fila har meir enn 50\u00a0000 rader.");
        ImportError unknownColumn =
                new ImportError(1, "favourite_colour", "favourite_colour", ImportProblem.HEADER_UNKNOWN, "name, email");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH).sentence(unknownColumn))
                .isEqualTo("Row 1, column \"favourite_colour\": unknown column. The columns are: name, email.");
    }

    @Test
    void aRowADomainRuleRefusedReadsInTheReadersLanguage() {
        ImportError refused = new ImportError(
                5,
                "",
                "",
                no.fellesgrunn.domain.common.DomainError.STATUS_CANNOT_MOVE.code(),
                List.of(
                        no.fellesgrunn.domain.registration.RegistrationStatus.CANCELLED,
                        no.fellesgrunn.domain.registration.RegistrationStatus.INVITED));
        assertThat(in(FellesgrunnI18NProvider.BOKMAL).sentence(refused))
                .startsWith("Rad 5: statusen kan ikke gå fra «");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL).sentence(refused)).doesNotContain("CANCELLED");
    }

    /** Every problem and every column has words in every language; none shows a key or an unfilled argument. */
    @Test
    void everyProblemAndColumnIsTranslatedInEveryLanguage() {
        Object[] sample = {7, 3, ";"};
        for (Locale locale : LOCALES) {
            ImportMessages messages = in(locale);
            for (ImportProblem problem : ImportProblem.values()) {
                String text = messages.reason(new ImportError(2, "", "", problem, Arrays.copyOf(sample, 3)));
                assertThat(text)
                        .as(locale + " " + problem)
                        .isNotBlank()
                        .doesNotContain("!")
                        .doesNotContain("{")
                        .doesNotContain(problem.code());
            }
            for (SheetKind kind : SheetKind.values()) {
                for (Column column : kind.columns()) {
                    String name = messages.column(new ImportError(2, column.name(), "", ImportProblem.REQUIRED));
                    assertThat(name)
                            .as(locale + " " + column.name())
                            .doesNotContain("!")
                            .endsWith("(" + column.name() + ")");
                }
            }
        }
    }
}
