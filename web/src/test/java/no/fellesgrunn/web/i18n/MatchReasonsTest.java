package no.fellesgrunn.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.SdgGoal;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.planner.matching.ReasonCode;
import org.junit.jupiter.api.Test;

/** A match's reason codes read in the reader's language, with themes and counties by name, never by key or number. */
class MatchReasonsTest {
    private static final FellesgrunnI18NProvider PROVIDER = new FellesgrunnI18NProvider();
    // The curated vocabulary itself, so its nynorsk names are what is checked.
    private static final List<Theme> THEMES = no.fellesgrunn.domain.reference.ThemeVocabulary.curatedThemes();
    private final MatchReasons reasons = new MatchReasons(new ReferenceDataRepository() {
        public List<County> counties() {
            return List.of(new County("18", "Nordland"));
        }

        public List<Municipality> municipalities() {
            return List.of();
        }

        public Optional<Municipality> municipality(String number) {
            return Optional.empty();
        }

        public List<SdgGoal> sdgGoals() {
            return List.of();
        }

        public List<Theme> themes() {
            return THEMES;
        }

        public Optional<Theme> theme(String key) {
            return THEMES.stream().filter(t -> t.key().equals(key)).findFirst();
        }

        public Theme saveTheme(Theme theme, String editedBy) {
            throw new UnsupportedOperationException();
        }
    });

    private String in(Locale locale, ReasonCode code) {
        return reasons.text(code.encoded(), locale, (key, args) -> PROVIDER.getTranslation(key, locale, args));
    }

    @Test
    void themesAndCountiesAreNamedInTheReadersLanguage() {
        ReasonCode themes = ReasonCode.of("planner.reason.shared_themes", "digitalt-utenforskap,eldre,ensomhet");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL, themes))
                .isEqualTo("Begge arbeider med digitalt utenforskap, eldre og ensomhet");
        assertThat(in(FellesgrunnI18NProvider.NYNORSK, themes))
                .isEqualTo("Begge arbeider med digitalt utanforskap, eldre og einsemd");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH, themes))
                .isEqualTo("Both work on digital exclusion, older people, and loneliness");
        ReasonCode county = ReasonCode.of("planner.reason.same_county", "18");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL, county)).isEqualTo("Begge hører til i Nordland");
        assertThat(in(FellesgrunnI18NProvider.NYNORSK, county)).isEqualTo("Begge høyrer til i Nordland");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH, county)).isEqualTo("Both are in Nordland");
    }

    @Test
    void everyCuratedThemeHasANynorskNameWithoutBokmaalForms() {
        for (Theme theme : THEMES) {
            String nynorsk = ReferenceNames.theme(theme, FellesgrunnI18NProvider.NYNORSK);
            assertThat(nynorsk)
                    .as(theme.key())
                    .isNotBlank()
                    .doesNotContain("-")
                    .doesNotContainPattern("(?i)(utenfor|skolen|ensomhet|bolig|ulikheter|frivillighet\\b)");
            assertThat(ReferenceNames.theme(theme, Locale.forLanguageTag("nn"))).isEqualTo(nynorsk);
        }
        Theme onlyBokmaal = Theme.added("Sjømat", "Seafood", Set.of());
        assertThat(ReferenceNames.theme(onlyBokmaal, FellesgrunnI18NProvider.NYNORSK))
                .isEqualTo("Sjømat");
        assertThat(ReferenceNames.theme(onlyBokmaal, FellesgrunnI18NProvider.ENGLISH))
                .isEqualTo("Seafood");
    }

    @Test
    void sectorsAndPerspectivesUseTheWordsOfTheUi() {
        ReasonCode sectors = ReasonCode.of("planner.reason.cross_sector", "MUNICIPALITY", "VOLUNTARY");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL, sectors)).isEqualTo("Kommune møter frivillighet");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH, sectors)).isEqualTo("Municipality meets voluntary sector");
        ReasonCode perspectives =
                ReasonCode.of("planner.reason.complementary_perspectives", "DECISION_MAKER,CREATIVE", "DRIVER");
        assertThat(in(FellesgrunnI18NProvider.BOKMAL, perspectives))
                .isEqualTo("Utfyllende perspektiver: beslutningstaker og kreativ møter pådriver");
        assertThat(in(FellesgrunnI18NProvider.NYNORSK, perspectives))
                .isEqualTo("Perspektiv som utfyller kvarandre: avgjerdstakar og kreativ møter pådrivar");
        assertThat(in(FellesgrunnI18NProvider.ENGLISH, perspectives))
                .isEqualTo("Complementary perspectives: decision maker and creative meets driver");
    }

    @Test
    void everyReasonKindHasWordsAndOldTextStaysAsItIs() {
        for (Locale locale : FellesgrunnI18NProvider.LOCALES) {
            for (String kind :
                    List.of("public_meets_non_public", "repeated_match", "ineligible_pair", "pair_matched_twice")) {
                assertThat(in(locale, ReasonCode.of("planner.reason." + kind)))
                        .doesNotStartWith("!")
                        .doesNotContain("planner.");
            }
        }
        assertThat(reasons.text("Begge arbeider med ensomhet", Locale.ENGLISH, (k, a) -> "!"))
                .isEqualTo("Begge arbeider med ensomhet");
    }
}
