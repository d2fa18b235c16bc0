package no.fellesgrunn.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;

/**
 * Keeps the person's chosen language in a cookie, so it holds across log-in, log-out and visits.
 * Without a choice the UI speaks bokmål, whatever the browser says: the users are Norwegian
 * public services and their partners.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {
    static final String COOKIE = "fellesgrunn-lang";
    private static final String SESSION_ATTRIBUTE = LanguageChoice.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Object chosen = ui.getSession().getAttribute(SESSION_ATTRIBUTE);
            apply(ui, chosen instanceof Locale locale ? locale : fromRequest(VaadinRequest.getCurrent()));
        });
    }

    /** Switches the UI's language now and remembers it for next time. */
    public static void choose(UI ui, Locale locale) {
        Locale chosen = FellesgrunnI18NProvider.supported(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, chosen.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        ui.getSession().setAttribute(SESSION_ATTRIBUTE, chosen);
        apply(ui, chosen);
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        // Screen readers pick their voice from the page's lang attribute (WCAG 3.1.1).
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    static Locale fromRequest(VaadinRequest request) {
        return fromCookies(Optional.ofNullable(request).map(VaadinRequest::getCookies).map(Arrays::asList).orElse(null));
    }

    /** The chosen language among a request's cookies (null: none); bokmål without a choice. */
    public static Locale fromCookies(java.util.List<Cookie> cookies) {
        return Optional.ofNullable(cookies)
                .flatMap(all -> all.stream().filter(c -> COOKIE.equals(c.getName())).findFirst())
                .map(c -> FellesgrunnI18NProvider.supported(Locale.forLanguageTag(c.getValue())))
                .orElse(FellesgrunnI18NProvider.BOKMAL);
    }
}
