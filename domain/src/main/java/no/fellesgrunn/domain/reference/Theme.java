package no.fellesgrunn.domain.reference;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.fellesgrunn.domain.common.Check;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;

/**
 * A co-creation theme ("felles tredje") such as ensomhet. The key is a stable slug used in files
 * and by the solvers; the names are what people read. A theme serves one or more UN goals.
 *
 * @param nameNn the nynorsk name (the curated themes have their own; a theme added with only a
 *               bokmål and an English name is read in nynorsk by its bokmål name)
 * @param curated true for the built-in vocabulary, false for themes organisers added
 */
public record Theme(
        String key, String nameNb, String nameNn, String nameEn, Set<Integer> sdgGoals, boolean curated, int version) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Theme {
        if (key == null || !KEY.matcher(key).matches() || key.length() > 60) {
            throw new DomainException(
                    DomainError.THEME_KEY_INVALID,
                    "theme key must be lower-case letters and digits separated by '-', was '" + key + "'",
                    String.valueOf(key));
        }
        nameNb = Check.text(nameNb, "theme name (nb)", 100);
        nameNn = nameNn == null || nameNn.isBlank() ? nameNb : Check.text(nameNn, "theme name (nn)", 100);
        nameEn = Check.text(nameEn, "theme name (en)", 100);
        sdgGoals = Check.set(sdgGoals, "UN goals");
        for (int goal : sdgGoals) {
            if (goal < 1 || goal > 17) {
                throw new DomainException(
                        DomainError.THEME_GOAL_UNKNOWN,
                        "theme '" + key + "' links to UN goal " + goal + ", which does not exist (1 to 17)",
                        key,
                        goal);
            }
        }
        Check.version(version);
    }

    /** A theme named in bokmål and English only: nynorsk readers see the bokmål name. */
    public Theme(String key, String nameNb, String nameEn, Set<Integer> sdgGoals, boolean curated, int version) {
        this(key, nameNb, null, nameEn, sdgGoals, curated, version);
    }

    /** A theme an organiser adds: its key is derived from the Norwegian name. */
    public static Theme added(String nameNb, String nameEn, Set<Integer> sdgGoals) {
        return new Theme(keyOf(nameNb), nameNb, nameEn, sdgGoals, false, 0);
    }

    /** "Klima og miljø" becomes "klima-og-miljo": æ, ø, å are spelt out so keys stay ASCII. */
    public static String keyOf(String name) {
        String lower = Check.text(name, "theme name", 100)
                .toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "o")
                .replace("å", "aa");
        String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (key.isEmpty()) {
            throw new DomainException(
                    DomainError.THEME_NAME_INVALID, "theme name '" + name + "' has no letters or digits", name);
        }
        return key;
    }

    public Theme withVersion(int newVersion) {
        return new Theme(key, nameNb, nameNn, nameEn, sdgGoals, curated, newVersion);
    }
}
