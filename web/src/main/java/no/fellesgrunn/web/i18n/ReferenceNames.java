package no.fellesgrunn.web.i18n;

import java.util.Locale;
import no.fellesgrunn.domain.reference.Theme;

/**
 * The one place that picks a reference-data name for a reader. Themes have a bokmål, a nynorsk and
 * an English name. Counties and municipalities have one official Norwegian name (place names are
 * spelt the same in bokmål, nynorsk and English texts; the Sami and Kven names are not used), so
 * they are shown as stored.
 */
public final class ReferenceNames {
    private ReferenceNames() {}

    /** The theme's name in the reader's language. */
    public static String theme(Theme theme, Locale reader) {
        Locale locale = FellesgrunnI18NProvider.supported(reader);
        if (locale.equals(FellesgrunnI18NProvider.ENGLISH)) {
            return theme.nameEn();
        }
        return locale.equals(FellesgrunnI18NProvider.NYNORSK) ? theme.nameNn() : theme.nameNb();
    }
}
