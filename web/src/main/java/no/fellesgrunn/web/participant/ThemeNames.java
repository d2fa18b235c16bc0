package no.fellesgrunn.web.participant;

import java.util.Locale;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.web.i18n.ReferenceNames;
import org.springframework.stereotype.Component;

/** Theme keys in the person's language (the theme vocabulary has bokmål, nynorsk and English names). */
@Component
public class ThemeNames {
    private final ReferenceDataRepository reference;

    public ThemeNames(ReferenceDataRepository reference) {
        this.reference = reference;
    }

    public String name(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        return reference.theme(key).map(t -> name(t, locale)).orElse(key);
    }

    public static String name(Theme theme, Locale locale) {
        return ReferenceNames.theme(theme, locale);
    }
}
