package no.fellesgrunn.web.login;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.web.i18n.FellesgrunnI18NProvider;
import no.fellesgrunn.web.i18n.LanguageSwitcher;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void theLoginPageSpeaksBokmalByDefault() {
        UI.getCurrent().navigate(LoginView.class);

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(_get(H1.class).getText()).isEqualTo("Fellesgrunn");
        assertThat(UI.getCurrent().getLocale()).isEqualTo(FellesgrunnI18NProvider.BOKMAL);
        assertThat(((LoginView) UI.getCurrent().getCurrentView()).getPageTitle())
                .isEqualTo("Logg inn | Fellesgrunn");
    }

    @Test
    void withoutAConfiguredProviderThereIsOnlyPasswordSignIn() {
        UI.getCurrent().navigate(LoginView.class);

        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getHref()))
                .noneMatch(href -> href.contains("oauth2"));
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class).stream().map(a -> a.getText()))
                .noneMatch(text -> text.startsWith("Logg inn med"));
    }

    @Test
    void anyoneCanSwitchToEnglish() {
        UI.getCurrent().navigate(LoginView.class);

        _setValue(_get(LanguageSwitcher.class), FellesgrunnI18NProvider.ENGLISH);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(FellesgrunnI18NProvider.ENGLISH);
        assertThat(UI.getCurrent().getTranslation("login.title")).isEqualTo("Sign in");
    }

    @Test
    void anyoneCanSwitchToNynorskAndThePagesSpeakIt() {
        UI.getCurrent().navigate(LoginView.class);
        LanguageSwitcher switcher = _get(LanguageSwitcher.class);
        assertThat(switcher.getListDataView()
                        .getItems()
                        .map(switcher.getItemLabelGenerator())
                        .toList())
                .containsExactly("Norsk bokmål", "Norsk nynorsk", "English");

        _setValue(switcher, FellesgrunnI18NProvider.NYNORSK);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(FellesgrunnI18NProvider.NYNORSK);
        UI.getCurrent().navigate(LoginView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anySatisfy(text -> assertThat(text)
                .startsWith("Samskaping mellom kommunar, næringsliv, frivilligheit"));

        loginAs("nils.nynorsk@example.no", "Nils Nynorsk", Role.ORGANISER);
        UI.getCurrent().navigate("organiser");
        assertThat(_get(H1.class).getText()).isEqualTo("Arrangementa mine");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).anySatisfy(text -> assertThat(text)
                .startsWith("Velkomen, Nils Nynorsk. Her planlegg du regionale møteplassar"));
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("new-event"))
                        .getText())
                .isEqualTo("Nytt arrangement");
    }

    @Test
    void anExpiredSignInFormSaysSoAndAsksAgain() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("expired", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        // The form's texts reach the browser as its i18n property.
        String texts = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains("Siden var utløpt").contains("Skriv inn e-post og passord på nytt");
    }

    @Test
    void aFailedSignInIsShownOnTheForm() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void aPersonWhoIsNotSignedInIsSentToTheLoginPage() {
        UI.getCurrent().navigate("organiser");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        _assertOne(LoginForm.class);
    }
}
