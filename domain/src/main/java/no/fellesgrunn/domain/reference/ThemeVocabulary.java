package no.fellesgrunn.domain.reference;

import java.util.List;
import java.util.Set;

/**
 * The curated co-creation themes Fellesgrunn starts with, each linked to the UN goals it serves.
 * The first eight are the examples of "felles tredje" in the source texts. Names: bokmål, nynorsk,
 * English (V100 writes the nynorsk names into databases made before they existed).
 */
public final class ThemeVocabulary {
    private static final List<Theme> CURATED = List.of(
            curated("Ensomhet", "Einsemd", "Loneliness", 3, 10),
            curated("Fattigdom", "Fattigdom", "Poverty", 1, 10),
            curated("Digitalt utenforskap", "Digitalt utanforskap", "Digital exclusion", 4, 9, 10),
            curated("Frafall i skolen", "Fråfall i skulen", "School dropout", 4, 8),
            curated("Helseulikheter", "Ulikskap i helse", "Health inequality", 3, 10),
            curated("Integrering", "Integrering", "Integration", 10, 16),
            curated("Klima og miljø", "Klima og miljø", "Climate and environment", 7, 13, 15),
            curated("Utenforskap", "Utanforskap", "Exclusion", 10, 16),
            curated("Folkehelse", "Folkehelse", "Public health", 3),
            curated("Psykisk helse", "Psykisk helse", "Mental health", 3),
            curated("Rus", "Rus", "Substance abuse", 3),
            curated("Eldre", "Eldre", "Older people", 3, 10),
            curated("Barn og unge", "Barn og unge", "Children and young people", 3, 4),
            curated("Arbeidsinkludering", "Arbeidsinkludering", "Inclusion in work", 8, 10),
            curated("Boligsosialt arbeid", "Bustadsosialt arbeid", "Social housing", 1, 11),
            curated("Beredskap", "Beredskap", "Emergency preparedness", 11, 13),
            curated("Mobilitet", "Mobilitet", "Mobility and transport", 9, 11),
            curated("Næringsutvikling", "Næringsutvikling", "Business development", 8, 9),
            curated("Kultur og frivillighet", "Kultur og frivilligheit", "Culture and volunteering", 11, 17));

    private ThemeVocabulary() {}

    public static List<Theme> curatedThemes() {
        return CURATED;
    }

    public static List<String> curatedKeys() {
        return CURATED.stream().map(Theme::key).toList();
    }

    private static Theme curated(String nb, String nn, String en, Integer... goals) {
        return new Theme(Theme.keyOf(nb), nb, nn, en, Set.of(goals), true, 0);
    }
}
