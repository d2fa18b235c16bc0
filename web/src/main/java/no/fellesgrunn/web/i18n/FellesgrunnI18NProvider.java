package no.fellesgrunn.web.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * The UI's words, from the bundles in {@code i18n/}: {@code messages} (shared), {@code organiser}
 * and {@code participant} (one per workspace, so that the two can grow apart without stepping on
 * each other), and {@code outcome} (after the event: table outcomes, commitments, follow-up). Norwegian bokmål is each base bundle and the default; nynorsk ({@code _nn}) and
 * English ({@code _en}) are full translations with the same keys and the same arguments.
 * <p>
 * Every text goes through ICU's MessageFormat, with or without arguments, so that quoting is the
 * same for every key (a lone {@code '} is literal; {@code ''} is one apostrophe) and counts use
 * {@code {0, plural, one {...} other {...}}}. Dates and times passed as arguments are written by
 * {@link Formats} in Europe/Oslo time and the reader's language.
 * Keys are unique across bundles (MessageBundlesTest checks it). A missing key shows as {@code !key!} so that it is
 * seen and fixed, never silently replaced by another language.
 */
@Component
public class FellesgrunnI18NProvider implements I18NProvider {
    public static final Locale BOKMAL = Locale.forLanguageTag("nb-NO");
    public static final Locale NYNORSK = Locale.forLanguageTag("nn-NO");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages offered, the default first. */
    public static final List<Locale> LOCALES = List.of(BOKMAL, NYNORSK, ENGLISH);
    /** Bundle base names under {@code i18n/}. */
    public static final List<String> BUNDLES = List.of("messages", "organiser", "participant", "outcome");
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
        Locale wanted = supported(locale);
        for (String name : BUNDLES) {
            ResourceBundle bundle = bundle(name, wanted);
            if (bundle != null && bundle.containsKey(key)) {
                Object[] arguments = params == null ? new Object[0] : params.clone();
                for (int i = 0; i < arguments.length; i++) {
                    arguments[i] = Formats.argument(arguments[i], wanted);
                }
                return new MessageFormat(bundle.getString(key), wanted).format(arguments);
            }
        }
        return "!" + key + "!";
    }

    /** Nynorsk when asked for nynorsk, English when asked for English, otherwise bokmål. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return BOKMAL;
        }
        return switch (locale.getLanguage()) {
            case "nn" -> NYNORSK;
            case "en" -> ENGLISH;
            default -> BOKMAL;
        };
    }

    /** The bundle file's locale: bokmål is the base bundle. */
    public static Locale bundleLocale(Locale locale) {
        Locale wanted = supported(locale);
        return wanted.equals(BOKMAL) ? Locale.ROOT : Locale.forLanguageTag(wanted.getLanguage());
    }

    private static ResourceBundle bundle(String name, Locale wanted) {
        try {
            return ResourceBundle.getBundle("i18n." + name, bundleLocale(wanted), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
