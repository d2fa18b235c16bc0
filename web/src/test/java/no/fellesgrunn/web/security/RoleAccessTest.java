package no.fellesgrunn.web.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.web.admin.AdminView;
import no.fellesgrunn.web.organiser.OrganiserHomeView;
import no.fellesgrunn.web.participant.ParticipantHomeView;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;

/** Each role reaches its own start page and no other. */
class RoleAccessTest extends KaribuTest {

    @Test
    void anOrganiserLandsOnTheOrganiserStartPage() {
        loginAs("kari@ks.example", "Kari Organiser", Role.ORGANISER);
        UI.getCurrent().navigate("");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OrganiserHomeView.class);
        assertThat(_get(H1.class, spec -> spec.withId("organiser-home-title")).getText())
                .isEqualTo("Mine arrangementer");
        assertThat(_get(Span.class, spec -> spec.withId("current-user-name")).getText())
                .isEqualTo("Kari Organiser");
        // A skip link leads past the menu to the page's content, which is its target after each navigation.
        com.vaadin.flow.component.html.Anchor skip =
                _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("skip-link"));
        assertThat(skip.getHref()).isEqualTo("#main-content");
        assertThat(skip.getText()).isEqualTo("Hopp til hovedinnholdet");
        assertThat(((com.vaadin.flow.component.Component) UI.getCurrent().getCurrentView())
                        .getElement()
                        .getAttribute("id"))
                .isEqualTo("main-content");
    }

    @Test
    void aParticipantLandsOnTheirOwnPage() {
        loginAs("per@frivillig.example", "Per Deltaker", Role.PARTICIPANT);
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ParticipantHomeView.class);
        // Views are checked by Vaadin's navigation access control, not wrapped in a method-security proxy per page
        // view.
        assertThat(UI.getCurrent().getCurrentView().getClass()).isEqualTo(ParticipantHomeView.class);
        assertThat(org.springframework.aop.support.AopUtils.isAopProxy(
                        UI.getCurrent().getCurrentView()))
                .isFalse();
    }

    @Test
    void aParticipantCannotOpenTheOrganiserPages() {
        loginAs("per2@frivillig.example", "Per Deltaker", Role.PARTICIPANT);
        UI.getCurrent().navigate("organiser");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(OrganiserHomeView.class);
    }

    @Test
    void anOrganiserCannotOpenAdministration() {
        loginAs("kari2@ks.example", "Kari Organiser", Role.ORGANISER);
        UI.getCurrent().navigate("admin");
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AdminView.class);
    }
}
