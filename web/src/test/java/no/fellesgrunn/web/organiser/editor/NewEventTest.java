package no.fellesgrunn.web.organiser.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.LocalDate;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.EventStatus;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.web.admin.OrganiserAccounts;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A new installation's path: the admin adds an organiser, who signs in, starts an event, and
 * lands in its editor as its organiser.
 */
class NewEventTest extends KaribuTest {
    @Autowired
    OrganiserAccounts organiserAccounts;

    @Autowired
    RegionalEventRepository events;

    @Autowired
    ActorRepository actors;

    @Autowired
    UserDetailsService users;

    @Test
    void aNewOrganiserStartsAnEventAndOrganisesIt() {
        String admin = accounts.findByRole(Role.ADMIN).get(0).username();
        var created = SignedIn.as(
                users,
                admin,
                () -> organiserAccounts.addOrganiser("ny.arrangor@tromso.example", "Tuva Arrangør", "5501"));
        Actor tuva = actors.findByUserAccount(created.account().id()).orElseThrow();
        long eventsBefore = events.count();

        loginAs("ny.arrangor@tromso.example", "Tuva Arrangør", Role.ORGANISER);
        UI.getCurrent().navigate("organiser");
        _click(_get(Button.class, spec -> spec.withId("new-event")));
        NewEventDialog dialog = _get(NewEventDialog.class);

        // Nothing filled in: every field says so, nothing is created.
        _click(_get(Button.class, spec -> spec.withId("new-event-create")));
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.municipality.isInvalid()).isTrue();
        assertThat(events.count()).isEqualTo(eventsBefore);

        _setValue(dialog.name, "Regional møteplass Tromsø");
        _setValue(dialog.date, LocalDate.now().plusMonths(3));
        _setValue(dialog.venueName, "Tromsø bibliotek");
        _setValue(dialog.venueAddress, "Grønnegata 94, 9008 Tromsø");
        _setValue(
                dialog.municipality,
                dialog.municipality
                        .getListDataView()
                        .getItems()
                        .filter(m -> m.number().equals("5501"))
                        .findFirst()
                        .orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("new-event-create")));

        RegionalEvent tromso = events.findByName("Regional møteplass Tromsø").orElseThrow();
        assertThat(tromso.organisers()).containsExactly(tuva.id());
        assertThat(tromso.counties()).containsExactly("55");
        assertThat(tromso.status()).isEqualTo(EventStatus.PLANNING);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(EventEditorView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("organiser/events/" + tromso.id() + "/details");
    }
}
