package no.fellesgrunn.web.organiser.seating;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.account.UserAccount;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.actor.Email;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.reference.Theme;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.SignedIn;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A brand-new person at the door is registered in one dialog, for every round, and their organisation made. */
class WalkInTest extends KaribuTest {
    @Autowired
    RegionalEventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    ActorRepository actors;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserDetailsService users;

    @Test
    void aNewPersonAtTheDoorIsRegisteredForEveryRoundInOneStep() {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        UserAccount organiser = accounts.findByRole(Role.ORGANISER).stream()
                .filter(a ->
                        SignedIn.as(users, a.username(), organiserEvents::mine).size() == 1)
                .findFirst()
                .orElseThrow();
        loginAs(organiser.username(), organiser.displayName(), Role.ORGANISER);
        UI.getCurrent().navigate("organiser/events/" + bodo.id() + "/seating");
        _get(Details.class, spec -> spec.withId("seating-change")).setOpened(true);
        _click(_get(Button.class, spec -> spec.withId("walk-in-open")));

        // An organisation without its sector is marked and nothing is saved.
        _setValue(_get(TextField.class, spec -> spec.withId("walk-in-name")), "Nora Døra");
        _setValue(_get(EmailField.class, spec -> spec.withId("walk-in-email")), "nora.dora@example.no");
        _setValue(_get(TextField.class, spec -> spec.withId("walk-in-organisation")), "Dørstokken AS");
        _click(_get(Button.class, spec -> spec.withId("walk-in-save")));
        @SuppressWarnings("unchecked")
        ComboBox<Sector> sector = _get(ComboBox.class, spec -> spec.withId("walk-in-sector"));
        assertThat(sector.isInvalid()).isTrue();
        assertThat(actors.findByEmail(Email.of("nora.dora@example.no"))).isEmpty();

        _setValue(sector, Sector.BUSINESS);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Theme> themes = _get(MultiSelectComboBox.class, spec -> spec.withId("walk-in-themes"));
        Theme first = themes.getListDataView().getItems().findFirst().orElseThrow();
        _setValue(themes, Set.of(first));
        _click(_get(Button.class, spec -> spec.withId("walk-in-save")));

        Actor nora = actors.findByEmail(Email.of("nora.dora@example.no")).orElseThrow();
        assertThat(nora.name()).isEqualTo("Nora Døra");
        assertThat(nora.themeKeys()).containsExactly(first.key());
        assertThat(organisations.findById(nora.organisationId()).orElseThrow().sector())
                .isEqualTo(Sector.BUSINESS);
        var registration =
                registrations.findByEventAndActor(bodo.id(), nora.id()).orElseThrow();
        assertThat(registration.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registration.availableRounds()).hasSize(bodo.rounds().size());
    }
}
