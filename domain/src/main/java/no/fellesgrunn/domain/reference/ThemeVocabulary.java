package no.fellesgrunn.domain.reference;

import java.util.List;
import java.util.Set;

/**
 * The curated co-creation themes Fellesgrunn starts with, each linked to the UN goals it serves.
 * The first eight are the examples of "felles tredje" in the source texts.
 */
public final class ThemeVocabulary {
    private static final List<Theme> CURATED = List.of(
            curated("Ensomhet", "Loneliness", 3, 10),
            curated("Fattigdom", "Poverty", 1, 10),
            curated("Digitalt utenforskap", "Digital exclusion", 4, 9, 10),
            curated("Frafall i skolen", "School dropout", 4, 8),
            curated("Helseulikheter", "Health inequality", 3, 10),
            curated("Integrering", "Integration", 10, 16),
            curated("Klima og miljø", "Climate and environment", 7, 13, 15),
            curated("Utenforskap", "Exclusion", 10, 16),
            curated("Folkehelse", "Public health", 3),
            curated("Psykisk helse", "Mental health", 3),
            curated("Rus", "Substance abuse", 3),
            curated("Eldre", "Older people", 3, 10),
            curated("Barn og unge", "Children and young people", 3, 4),
            curated("Arbeidsinkludering", "Inclusion in work", 8, 10),
            curated("Boligsosialt arbeid", "Social housing", 1, 11),
            curated("Beredskap", "Emergency preparedness", 11, 13),
            curated("Mobilitet", "Mobility and transport", 9, 11),
            curated("Næringsutvikling", "Business development", 8, 9),
            curated("Kultur og frivillighet", "Culture and volunteering", 11, 17));

    private ThemeVocabulary() {
    }

    public static List<Theme> curatedThemes() {
        return CURATED;
    }

    public static List<String> curatedKeys() {
        return CURATED.stream().map(Theme::key).toList();
    }

    private static Theme curated(String nb, String en, Integer... goals) {
        return new Theme(Theme.keyOf(nb), nb, en, Set.of(goals), true, 0);
    }
}
