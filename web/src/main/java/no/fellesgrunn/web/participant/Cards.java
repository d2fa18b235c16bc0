package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.util.Locale;
import no.fellesgrunn.web.i18n.Formats;

/** Small building blocks shared by the participant pages. */
public final class Cards {
    private Cards() {}

    /** A bordered block that stacks on a phone. */
    public static Div card(Component... content) {
        Div card = new Div(content);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-30pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        return card;
    }

    /** A badge whose meaning is in its words; the theme only adds colour. */
    public static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        if (theme != null) {
            badge.getElement().getThemeList().add(theme);
        }
        badge.getStyle().set("margin-right", "var(--lumo-space-xs)");
        return badge;
    }

    /** "14. mai 2027 kl. 09.30" in the reader's language (Oslo time). */
    public static String when(LocalDateTime time, Locale locale) {
        return Formats.dateTime(time, locale);
    }

    /** "09.30" in Norwegian, "09:30" in English. */
    public static String time(LocalDateTime time, Locale locale) {
        return Formats.time(time, locale);
    }
}
