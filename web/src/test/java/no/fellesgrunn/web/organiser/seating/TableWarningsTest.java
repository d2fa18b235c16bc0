package no.fellesgrunn.web.organiser.seating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import no.fellesgrunn.planner.scheduling.Text;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import org.junit.jupiter.api.Test;

/** What a table lacks reads in the reader's language, with people and organisations by name. */
class TableWarningsTest {
    private static final FellesgrunnI18NProvider PROVIDER = new FellesgrunnI18NProvider();
    private static final Map<String, String> NAMES =
            Map.of("p1", "Kari Nordmann", "p2", "Ola Ås", "o1", "Bodø kommune");

    private static String in(Locale locale, Text warning) {
        return TableWarnings.text(
                warning,
                locale,
                (key, args) -> PROVIDER.getTranslation(key, locale, args),
                id -> NAMES.getOrDefault(id, id));
    }

    @Test
    void warningsReadInEachLanguage() {
        Text organisation = Text.of("planner.seating.same_organisation", "p1,p2", "o1");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL, organisation))
                .isEqualTo("Kari Nordmann og Ola Ås er fra samme organisasjon (Bodø kommune)");
        assertThat(in(FellesgrunnI18NProvider.NYNORSK, organisation))
                .isEqualTo("Kari Nordmann og Ola Ås er frå same organisasjon (Bodø kommune)");
        Text perspective = Text.of("planner.seating.no_one_with", "DRIVER");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL, perspective))
                .isEqualTo("Ingen ved bordet har perspektivet pådriver");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH, perspective))
                .isEqualTo("No one at the table brings the perspective driver");
        Text majority = Text.of("planner.seating.majority", 3, 4, "VOLUNTARY");
        assertThat(in(FellesgrunnI18NProvider.NYNORSK, majority))
                .isEqualTo("Over halvparten (3 av 4) er frå frivilligheit");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH, Text.of("planner.seating.host_absent", "p1")))
                .isEqualTo("The host, Kari Nordmann, is not at the table");
    }
}
