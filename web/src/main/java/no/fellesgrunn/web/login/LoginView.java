package no.fellesgrunn.web.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import no.fellesgrunn.web.i18n.LanguageSwitcher;
import no.fellesgrunn.web.security.SignInThrottle;
import no.fellesgrunn.web.security.oidc.OidcLinkException;
import no.fellesgrunn.web.security.oidc.OidcProviders;

/** The sign-in page: e-mail and password, and a button per OpenID Connect provider when one is configured. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final Set<String> OIDC_ERRORS = Set.of(
            OidcLinkException.NOT_LINKED,
            OidcLinkException.UNVERIFIED_EMAIL,
            OidcLinkException.INVITATION_INVALID,
            OidcLinkException.INVITATION_NEEDS_PROFILE,
            OidcLinkException.DISABLED,
            OidcLinkException.ASSURANCE,
            OidcLinkException.FAILED);
    private final LoginForm form = new LoginForm();
    private final SignInThrottle throttle;

    private final Div oidcError = new Div();

    public LoginView(SignInThrottle throttle, OidcProviders oidc) {
        this.throttle = throttle;
        addClassName("login-view");
        getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("align-items", "center")
                .set("padding", "var(--lumo-space-l)");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.getStyle().set("max-width", "32rem").set("text-align", "center");

        form.setAction("login");
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);

        add(title, intro);
        oidcError.setId("oidc-error");
        oidcError.getElement().setAttribute("role", "alert");
        oidcError.setVisible(false);
        add(oidcError);
        // Only when a provider is configured (ID-porten, Entra ID, ...): full-page links to the provider.
        for (OidcProviders.Provider provider : oidc.all()) {
            Anchor signIn = new Anchor(provider.signInPath(), getTranslation("login.oidc.button", provider.name()));
            signIn.setRouterIgnore(true);
            signIn.setId("oidc-" + provider.registrationId());
            signIn.addClassName("oidc-sign-in");
            signIn.getStyle()
                    .set("display", "inline-block")
                    .set("padding", "var(--lumo-space-s) var(--lumo-space-l)")
                    .set("margin", "var(--lumo-space-s)")
                    .set("border-radius", "var(--lumo-border-radius-m)")
                    .set("background", "var(--lumo-primary-color)")
                    .set("color", "var(--lumo-primary-contrast-color)")
                    .set("font-weight", "600")
                    .set("text-decoration", "none");
            add(signIn);
        }
        if (!oidc.all().isEmpty()) {
            add(new Paragraph(getTranslation("login.oidc.or")));
        }
        add(form, new LanguageSwitcher(), new no.fellesgrunn.web.about.AboutLinks());
    }

    private LoginI18n i18n(Instant lockedUntil) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        if (lockedUntil != null) {
            long minutes =
                    Math.max(1, (Duration.between(throttle.now(), lockedUntil).getSeconds() + 59) / 60);
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation(
                    "login.locked.message",
                    no.fellesgrunn.web.i18n.Formats.time(
                            lockedUntil.atZone(OSLO).toLocalTime(), getLocale()),
                    minutes));
        }
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Instant lockedUntil = lockedUntil(parameters.get("locked"));
        form.setI18n(i18n(lockedUntil));
        if (parameters.containsKey("expired")) {
            // The form was posted from a page whose session had ended: say so, and ask again.
            LoginI18n expired = i18n(lockedUntil);
            expired.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            expired.getErrorMessage().setMessage(getTranslation("login.expired.message"));
            form.setI18n(expired);
        }
        form.setError(parameters.containsKey("error") || parameters.containsKey("expired"));
        showOidcError(parameters.get("oidc"));
    }

    /** Why a sign-in through a provider was refused ({@code ?oidc=<code>} from OidcLogin), in the reader's language. */
    private void showOidcError(List<String> codes) {
        oidcError.removeAll();
        String code = codes == null || codes.isEmpty() ? null : codes.get(0);
        if (code == null) {
            oidcError.setVisible(false);
            return;
        }
        if (!OIDC_ERRORS.contains(code)) {
            code = OidcLinkException.FAILED;
        }
        H2 heading = new H2(getTranslation("login.oidc.error.title"));
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)");
        oidcError.add(heading, new Paragraph(getTranslation("login.oidc.error." + code)));
        oidcError.getStyle().set("max-width", "32rem").set("color", "var(--lumo-error-text-color)");
        oidcError.setVisible(true);
    }

    /** The lock's end from the address (set by the failure handler), if it is still in the future. */
    private Instant lockedUntil(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            Instant until = Instant.ofEpochSecond(Long.parseLong(values.get(0)));
            return until.isAfter(throttle.now()) ? until : null;
        } catch (NumberFormatException | java.time.DateTimeException notATime) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.name");
    }
}
