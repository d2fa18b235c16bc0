package no.fellesgrunn.web.i18n;

import com.ibm.icu.text.ListFormatter;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.fellesgrunn.domain.reference.County;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.planner.matching.ReasonCode;
import org.springframework.stereotype.Service;

/**
 * Why two people were matched, in the reader's language: a match stores the planner's reason codes
 * ({@link ReasonCode#encoded()}), written here with the bundles ({@code planner.reason.*}), themes by
 * their names, counties by their names, sectors and perspectives by the UI's words, and lists in the
 * language's own form ("eldre, helse og ensomhet", "older people, health and loneliness"). Reasons
 * stored as text before the codes are shown as they are.
 */
@Service
public class MatchReasons {
    /** Translates a key with arguments in one language. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... args);
    }

    private final ReferenceDataRepository reference;

    public MatchReasons(ReferenceDataRepository reference) {
        this.reference = reference;
    }

    /** The stored reason in the language of the component's UI. */
    public String text(String stored, Component in) {
        return text(stored, locale(in), in::getTranslation);
    }

    /** Theme keys as names in the component's language, in the language's list form. */
    public String themes(List<String> keys, Component in) {
        Locale wanted = FellesgrunnI18NProvider.supported(locale(in));
        return list(wanted, keys.stream().map(key -> themeName(key, wanted)).toList());
    }

    private static Locale locale(Component in) {
        return in.getUI()
                .map(com.vaadin.flow.component.UI::getLocale)
                .or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent())
                        .map(com.vaadin.flow.component.UI::getLocale))
                .orElse(FellesgrunnI18NProvider.BOKMAL);
    }

    public String text(String stored, Locale locale, Translator translator) {
        ReasonCode reason = ReasonCode.decode(stored).orElse(null);
        if (reason == null) {
            return stored;
        }
        Locale wanted = FellesgrunnI18NProvider.supported(locale);
        List<String> a = reason.args();
        Object[] args =
                switch (reason.code()) {
                    case "planner.reason.shared_themes" ->
                        new Object[] {
                            list(
                                    wanted,
                                    split(a.get(0)).stream()
                                            .map(key -> themeName(key, wanted))
                                            .toList())
                        };
                    case "planner.reason.cross_sector" ->
                        new Object[] {
                            translator.translate("planner.sector." + a.get(0)),
                            translator.translate("planner.sector." + a.get(1))
                        };
                    case "planner.reason.complementary_perspectives" ->
                        new Object[] {
                            list(
                                    wanted,
                                    split(a.get(0)).stream()
                                            .map(p -> translator.translate("planner.perspective." + p))
                                            .toList()),
                            list(
                                    wanted,
                                    split(a.get(1)).stream()
                                            .map(p -> translator.translate("planner.perspective." + p))
                                            .toList())
                        };
                    case "planner.reason.same_county" -> new Object[] {countyName(a.get(0))};
                    default -> a.toArray();
                };
        String text = translator.translate(reason.code(), args);
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(wanted) + text.substring(1);
    }

    private String themeName(String key, Locale locale) {
        return reference.theme(key).map(t -> name(t, locale)).orElse(key);
    }

    private static String name(Theme theme, Locale locale) {
        String name = ReferenceNames.theme(theme, locale);
        // Mid-sentence a name starts in lower case, unless it starts with an abbreviation ("FNs mål").
        return name.length() > 1 && Character.isLowerCase(name.charAt(1))
                ? name.substring(0, 1).toLowerCase(locale) + name.substring(1)
                : name;
    }

    private String countyName(String code) {
        return reference.counties().stream()
                .filter(c -> c.code().equals(code))
                .map(County::name)
                .findFirst()
                .orElse(code);
    }

    private static List<String> split(String list) {
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    private static String list(Locale locale, List<String> items) {
        return ListFormatter.getInstance(locale).format(items);
    }
}
