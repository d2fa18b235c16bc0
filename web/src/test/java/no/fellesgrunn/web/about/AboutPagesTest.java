package no.fellesgrunn.web.about;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import java.util.Map;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

/** The accessibility statement, the privacy notice and the not-found page: open to everyone, in every language. */
class AboutPagesTest extends KaribuTest {
    private static final Map<Locale, String[]> TITLES = Map.of(
            FellesgrunnI18NProvider.BOKMAL,
            new String[] {"Tilgjengelighetserklæring", "Personvern", "Fant ikke siden", "2. desember 2026"},
            Locale.forLanguageTag("nn-NO"),
            new String[] {"Tilgjengeerklæring", "Personvern", "Fann ikkje sida", "2. desember 2026"},
            Locale.ENGLISH,
            new String[] {"Accessibility statement", "Privacy", "Page not found", "2 December 2026"});
    /** How the privacy notice says how long a failed sign-in is kept (the lock time, 15 minutes by default). */
    private static final Map<Locale, String> SIGN_IN_KEPT = Map.of(
            FellesgrunnI18NProvider.BOKMAL,
            "i 15 minutter",
            Locale.forLanguageTag("nn-NO"),
            "i 15 minutt",
            Locale.ENGLISH,
            "for 15 minutes");

    private static String text() {
        return ((Component) UI.getCurrent().getCurrentView()).getElement().getTextRecursively();
    }

    @Test
    void anyoneReadsTheStatementThePrivacyNoticeAndTheNotFoundPageInTheirLanguage() {
        TITLES.forEach((locale, expected) -> {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("login");
            UI.getCurrent().navigate("accessibility");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessibilityView.class);
            assertThat(_get(H1.class, spec -> spec.withId("about-a11y-title")).getText())
                    .isEqualTo(expected[0]);
            assertThat(text())
                    .as(locale.toString())
                    .contains("WCAG 2.1", expected[3])
                    .doesNotContain("!about.");
            assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(expected[0]);

            UI.getCurrent().navigate(PrivacyView.class);
            assertThat(_get(H1.class, spec -> spec.withId("about-privacy-title"))
                            .getText())
                    .isEqualTo(expected[1]);
            assertThat(text()).as(locale.toString()).doesNotContain("!about.").contains(SIGN_IN_KEPT.get(locale));
        });
    }

    @Test
    void anEventThatIsNotYoursIsNotFoundInYourLanguage() {
        loginAs("kari.annen@ks.example", "Kari Annen", no.fellesgrunn.domain.account.Role.ORGANISER);
        TITLES.forEach((locale, expected) -> {
            UI.getCurrent().setLocale(locale);
            UI.getCurrent().navigate("organiser/events/" + java.util.UUID.randomUUID() + "/matching");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotFoundView.class);
            assertThat(_get(H1.class, spec -> spec.withId("error-not-found")).getText())
                    .isEqualTo(expected[2]);
            assertThat(UI.getCurrent().getInternals().getTitle()).startsWith(expected[2]);
            UI.getCurrent().navigate("accessibility");
        });
    }

    @Test
    void theLoginPageLinksToBoth() {
        UI.getCurrent().navigate("login");
        assertThat(_get(RouterLink.class, spec -> spec.withId("footer-accessibility"))
                        .getHref())
                .isEqualTo("accessibility");
        assertThat(_get(RouterLink.class, spec -> spec.withId("footer-privacy")).getHref())
                .isEqualTo("privacy");
    }
}
