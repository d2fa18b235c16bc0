package no.fellesgrunn.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

/**
 * The UI's words, from the bundles in {@code i18n/}: {@code messages} (shared), {@code organiser}
 * and {@code participant} (one per workspace, so that the two can grow apart without stepping on
 * each other). Norwegian bokmål is each base bundle and the default; English is the second language.
 * Keys are unique across bundles (MessageBundlesTest checks it). A missing key shows as {@code !key!} so that it is
 * seen and fixed, never silently replaced by another language.
 */
@Component
public class FellesgrunnI18NProvider implements I18NProvider {
    public static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final List<Locale> LOCALES = List.of(BOKMAL, ENGLISH);
    /** Bundle base names under {@code i18n/}. */
    public static final List<String> BUNDLES = List.of("messages", "organiser", "participant");
    // Without this control, a JVM running in English would silently fall back to English
    // for Norwegian users instead of to the Norwegian base bundle.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, locale);
            if (bundle != null && bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
            }
        }
        return "!" + key + "!";
    }

    /** English when asked for English, otherwise bokmål. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals(ENGLISH.getLanguage()) ? ENGLISH : BOKMAL;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        Locale wanted = supported(locale);
        try {
            return ResourceBundle.getBundle("i18n." + name, wanted.equals(BOKMAL) ? Locale.ROOT : wanted, NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
