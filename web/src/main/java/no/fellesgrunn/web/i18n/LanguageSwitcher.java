package no.fellesgrunn.web.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** A labelled select between bokmål, nynorsk and English; changing it re-renders the page in the new language. */
public class LanguageSwitcher extends Select<Locale> {
    public LanguageSwitcher() {
        setItems(FellesgrunnI18NProvider.LOCALES);
        // Each language is named in itself, so a person can find their own language in any UI language.
        setItemLabelGenerator(LanguageSwitcher::ownName);
        setLabel(getTranslation("language.label"));
        setId("language-switcher");
        setValue(FellesgrunnI18NProvider.supported(
                UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                UI ui = UI.getCurrent();
                LanguageChoice.choose(ui, event.getValue());
                ui.getPage().reload();
            }
        });
    }

    /** The language's name in the language itself. */
    static String ownName(Locale locale) {
        return switch (FellesgrunnI18NProvider.supported(locale).getLanguage()) {
            case "nn" -> "Norsk nynorsk";
            case "en" -> "English";
            default -> "Norsk bokmål";
        };
    }
}
