package no.fellesgrunn.web.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

/** A labelled select between bokmål and English; changing it re-renders the page in the new language. */
public class LanguageSwitcher extends Select<Locale> {
    public LanguageSwitcher() {
        setItems(FellesgrunnI18NProvider.BOKMAL, FellesgrunnI18NProvider.ENGLISH);
        // Each language is named in itself, so a person can find their own language in any UI language.
        setItemLabelGenerator(locale -> locale.getLanguage().equals("en") ? "English" : "Norsk bokmål");
        setLabel(getTranslation("language.label"));
        setId("language-switcher");
        setValue(FellesgrunnI18NProvider.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addValueChangeListener(event -> {
            if (event.getValue() != null && !event.getValue().equals(event.getOldValue())) {
                UI ui = UI.getCurrent();
                LanguageChoice.choose(ui, event.getValue());
                ui.getPage().reload();
            }
        });
    }
}
