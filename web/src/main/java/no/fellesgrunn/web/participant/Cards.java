package no.fellesgrunn.web.participant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Small building blocks shared by the participant pages. */
public final class Cards {
    private Cards() {
    }

    /** A bordered block that stacks on a phone. */
    public static Div card(Component... content) {
        Div card = new Div(content);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
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

    public static String when(LocalDateTime time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(time);
    }

    public static String time(LocalDateTime time, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
    }
}
