package no.fellesgrunn.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final ReferenceCatalog norway = ReferenceCatalog.norway();

    @Test
    void has15CountiesAnd357MunicipalitiesEachInAKnownCounty() {
        assertThat(norway.counties()).hasSize(15);
        assertThat(norway.municipalities()).hasSize(357);
        Set<String> counties = norway.counties().stream().map(County::code).collect(Collectors.toSet());
        assertThat(norway.municipalities()).allSatisfy(m -> assertThat(counties).contains(m.countyCode()));
        assertThat(norway.municipality("1804").name()).isEqualTo("Bodø");
        assertThat(norway.municipality("4204").name()).isEqualTo("Kristiansand");
        // name_no, not the Sami name: Kautokeino is listed as Guovdageaidnu in "name".
        assertThat(norway.municipality("5612").name()).isEqualTo("Kautokeino");
        assertThat(norway.municipalitiesInCounty("18")).hasSize(41);
    }

    @Test
    void has17UnGoalsInBothLanguages() {
        assertThat(norway.sdgGoals()).hasSize(17);
        assertThat(norway.sdgGoals().get(0)).isEqualTo(new SdgGoal(1, "Ingen fattigdom", "No poverty"));
    }

    @Test
    void theCuratedVocabularyHasTheRequiredThemesEachServingAGoal() {
        assertThat(ThemeVocabulary.curatedKeys())
                .contains(
                        "ensomhet",
                        "fattigdom",
                        "digitalt-utenforskap",
                        "frafall-i-skolen",
                        "helseulikheter",
                        "integrering",
                        "klima-og-miljo",
                        "utenforskap",
                        "folkehelse",
                        "psykisk-helse",
                        "rus",
                        "eldre",
                        "barn-og-unge",
                        "arbeidsinkludering",
                        "boligsosialt-arbeid",
                        "beredskap",
                        "mobilitet",
                        "naeringsutvikling",
                        "kultur-og-frivillighet");
        assertThat(ThemeVocabulary.curatedThemes())
                .allSatisfy(t -> assertThat(t.sdgGoals()).isNotEmpty());
    }

    @Test
    void anAddedThemeGetsAnAsciiKeyAndRealGoals() {
        Theme added = Theme.added("Sjøsikkerhet for små båter", "Safety at sea", Set.of(14));
        assertThat(added.key()).isEqualTo("sjosikkerhet-for-smaa-baater");
        assertThat(added.curated()).isFalse();
        assertThatThrownBy(() -> Theme.added("Noe", "Something", Set.of(18))).hasMessageContaining("UN goal 18");
        assertThatThrownBy(() -> Theme.keyOf("!!!")).hasMessageContaining("no letters");
    }
}
