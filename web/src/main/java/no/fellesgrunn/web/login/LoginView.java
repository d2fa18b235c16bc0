package no.fellesgrunn.web.login;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.fellesgrunn.web.i18n.LanguageSwitcher;
import no.fellesgrunn.web.security.SignInThrottle;

/** The sign-in page; the only page open to everyone. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private final LoginForm form = new LoginForm();
    private final SignInThrottle throttle;

    public LoginView(SignInThrottle throttle) {
        this.throttle = throttle;
        addClassName("login-view");
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("padding", "var(--lumo-space-l)");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.getStyle().set("max-width", "32rem").set("text-align", "center");

        form.setAction("login");
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);

        add(title, intro, form, new LanguageSwitcher(), new no.fellesgrunn.web.about.AboutLinks());
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
            long minutes = Math.max(1, (Duration.between(throttle.now(), lockedUntil).getSeconds() + 59) / 60);
            error.setTitle(getTranslation("login.locked.title"));
            error.setMessage(getTranslation("login.locked.message",
                    no.fellesgrunn.web.i18n.Formats.time(lockedUntil.atZone(OSLO).toLocalTime(), getLocale()), minutes));
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
        form.setError(parameters.containsKey("error"));
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
