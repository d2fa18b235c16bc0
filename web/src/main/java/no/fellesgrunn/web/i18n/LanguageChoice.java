package no.fellesgrunn.web.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps the person's chosen language in a cookie, so it holds across log-in, log-out and visits,
 * and on their account when they are signed in ({@link RecipientLanguages}), so that mails to them
 * are written in it and a new browser starts in it.
 * Without a choice the UI speaks bokmål, whatever the browser says: the users are Norwegian
 * public services and their partners.
 */
@Component
public class LanguageChoice implements VaadinServiceInitListener {
    static final String COOKIE = "fellesgrunn-lang";
    private static final String SESSION_ATTRIBUTE = LanguageChoice.class.getName();
    private static final String SYNCED_ATTRIBUTE = LanguageChoice.class.getName() + ".account";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Object chosen = ui.getSession().getAttribute(SESSION_ATTRIBUTE);
            Optional<Locale> inBrowser =
                    chosen instanceof Locale locale ? Optional.of(locale) : cookieChoice(VaadinRequest.getCurrent());
            Optional<Locale> fromAccount = syncWithAccount(ui, inBrowser);
            apply(ui, inBrowser.or(() -> fromAccount).orElse(FellesgrunnI18NProvider.BOKMAL));
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
        signedIn().ifPresent(username -> languages().ifPresent(l -> l.remember(username, chosen)));
        apply(ui, chosen);
    }

    /**
     * Once per signed-in session: a choice made in this browser (also before signing in) goes onto
     * the account; without one, the account's choice (made elsewhere) is used and returned.
     */
    private static Optional<Locale> syncWithAccount(UI ui, Optional<Locale> inBrowser) {
        Optional<String> username = signedIn();
        if (username.isEmpty() || ui.getSession().getAttribute(SYNCED_ATTRIBUTE) != null) {
            return Optional.empty();
        }
        ui.getSession().setAttribute(SYNCED_ATTRIBUTE, username.get());
        if (inBrowser.isPresent()) {
            languages().ifPresent(l -> l.remember(username.get(), inBrowser.get()));
            return Optional.empty();
        }
        Optional<Locale> account = languages().flatMap(l -> l.chosen(username.get()));
        account.ifPresent(locale -> ui.getSession().setAttribute(SESSION_ATTRIBUTE, locale));
        return account;
    }

    private static Optional<String> signedIn() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
                .filter(Authentication::isAuthenticated)
                .filter(authentication -> !(authentication instanceof AnonymousAuthenticationToken))
                .map(Authentication::getName);
    }

    private static Optional<RecipientLanguages> languages() {
        return Optional.ofNullable(VaadinService.getCurrent())
                .map(service -> service.getInstantiator().getOrCreate(RecipientLanguages.class));
    }

    private static Optional<Locale> cookieChoice(VaadinRequest request) {
        return Optional.ofNullable(request)
                .map(VaadinRequest::getCookies)
                .map(Arrays::asList)
                .flatMap(all ->
                        all.stream().filter(c -> COOKIE.equals(c.getName())).findFirst())
                .map(c -> FellesgrunnI18NProvider.supported(Locale.forLanguageTag(c.getValue())));
    }

    private static void apply(UI ui, Locale locale) {
        ui.setLocale(locale);
        // Screen readers pick their voice from the page's lang attribute (WCAG 3.1.1).
        ui.getElement().executeJs("document.documentElement.lang = $0", locale.getLanguage());
    }

    static Locale fromRequest(VaadinRequest request) {
        return fromCookies(Optional.ofNullable(request)
                .map(VaadinRequest::getCookies)
                .map(Arrays::asList)
                .orElse(null));
    }

    /** The chosen language among a request's cookies (null: none); bokmål without a choice. */
    public static Locale fromCookies(java.util.List<Cookie> cookies) {
        return Optional.ofNullable(cookies)
                .flatMap(all ->
                        all.stream().filter(c -> COOKIE.equals(c.getName())).findFirst())
                .map(c -> FellesgrunnI18NProvider.supported(Locale.forLanguageTag(c.getValue())))
                .orElse(FellesgrunnI18NProvider.BOKMAL);
    }
}
