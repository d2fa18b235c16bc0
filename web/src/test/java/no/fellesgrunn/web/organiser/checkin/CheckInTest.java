package no.fellesgrunn.web.organiser.checkin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.fellesgrunn.domain.account.Role;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.event.RoundTable;
import no.fellesgrunn.domain.plan.PlanRepository;
import no.fellesgrunn.domain.plan.PlanVersion;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import no.fellesgrunn.domain.registration.RegistrationStatus;
import no.fellesgrunn.infra.demo.DemoDataGenerator;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.solver.SolvingTestSupport;
import no.fellesgrunn.web.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The check-in lists on the day, from a published plan: arrivals and no-shows, per room. */
class CheckInTest extends KaribuTest {
    @Autowired
    RegionalEventRepository events;

    @Autowired
    RegistrationRepository registrations;

    @Autowired
    PlanRepository plans;

    @Autowired
    OrganiserEvents organiserEvents;

    @Autowired
    UserDetailsService users;

    @Test
    void theDoorListsEachRoomsPeopleAndMarksArrivalsAndNoShows() {
        RegionalEvent bodo = events.findByName(DemoDataGenerator.BODO_EVENT).orElseThrow();
        loginAs(
                SolvingTestSupport.organisers(accounts, users, organiserEvents).bodoOnly(),
                "Organiser",
                Role.ORGANISER);
        UI.getCurrent().navigate("organiser/events/" + bodo.id() + "/checkin");
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-noplan")).getText())
                .contains("Ingen plan er publisert");

        // Four people: two start in the first room, two in the last; one of them only from round 2.
        List<Registration> taking = registrations.findByEvent(bodo.id()).stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED)
                .limit(4)
                .toList();
        RoundTable first = bodo.rooms().get(0).tables().get(0);
        RoundTable last = bodo.rooms().get(bodo.rooms().size() - 1).tables().get(0);
        var r1 = bodo.rounds().get(0).id();
        var r2 = bodo.rounds().get(1).id();
        List<Seat> seats = new ArrayList<>(List.of(
                new Seat(taking.get(0).actorId(), r1, first.id(), null, false),
                new Seat(taking.get(1).actorId(), r1, first.id(), null, false),
                new Seat(taking.get(2).actorId(), r1, last.id(), null, false),
                new Seat(taking.get(3).actorId(), r2, last.id(), null, false),
                new Seat(taking.get(0).actorId(), r2, last.id(), null, false)));
        Instant now = Instant.now();
        plans.save(PlanVersion.draft(bodo.id(), 1, "solver", now, null, seats).publish("organiser", now), "organiser");

        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("organiser/events/" + bodo.id() + "/checkin");
        List<Section> rooms = _find(Section.class, spec -> spec.withClasses("checkin-room"));
        assertThat(rooms).hasSize(bodo.rooms().size());
        String firstRoom = rooms.get(0).getElement().getTextRecursively();
        assertThat(firstRoom)
                .contains(bodo.rooms().get(0).name() + ": 0 av 2 personer har kommet")
                .contains("Bord " + first.label() + ", runde 1");
        String lastRoom = rooms.get(rooms.size() - 1).getElement().getTextRecursively();
        // Person 0 starts in the first room; person 3 first sits down in round 2.
        assertThat(lastRoom).contains(": 0 av 2 personer har kommet").contains("Bord " + last.label() + ", runde 2");

        ListItem person0 = row(rooms.get(0), 0, taking.get(0));
        _click(_get(person0, Button.class, spec -> spec.withClasses("checkin-arrive")));
        assertThat(registrations
                        .findByEventAndActor(bodo.id(), taking.get(0).actorId())
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkin-status")).getText())
                .contains("registrert som kommet");
        assertThat(_find(Section.class, spec -> spec.withClasses("checkin-room"))
                        .get(0)
                        .getElement()
                        .getTextRecursively())
                .contains(": 1 av 2 personer har kommet");

        // "Kom ikke" asks first; cancelling the dialog changes nothing.
        Section lastNow =
                _find(Section.class, spec -> spec.withClasses("checkin-room")).get(rooms.size() - 1);
        ListItem person2 = row(lastNow, rooms.size() - 1, taking.get(2));
        _click(_get(person2, Button.class, spec -> spec.withClasses("checkin-absent")));
        _click(_get(Button.class, spec -> spec.withId("checkin-absent-cancel")));
        assertThat(registrations
                        .findByEventAndActor(bodo.id(), taking.get(2).actorId())
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        _click(_get(person2, Button.class, spec -> spec.withClasses("checkin-absent")));
        _click(_get(Button.class, spec -> spec.withId("checkin-absent-confirm")));
        assertThat(registrations
                        .findByEventAndActor(bodo.id(), taking.get(2).actorId())
                        .orElseThrow()
                        .status())
                .isEqualTo(RegistrationStatus.CANCELLED);
        // Cancelled people leave the door list.
        assertThat(_find(Section.class, spec -> spec.withClasses("checkin-room"))
                        .get(rooms.size() - 1)
                        .getElement()
                        .getTextRecursively())
                .contains(": 0 av 1 person har kommet");
    }

    private ListItem row(Section room, int index, Registration who) {
        String name = accountsName(who);
        return _find(room, ListItem.class, spec -> spec.withClasses("checkin-person")).stream()
                .filter(item -> item.getElement().getTextRecursively().startsWith(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name + " in room " + index));
    }

    private String accountsName(Registration who) {
        return context.getBean(no.fellesgrunn.domain.actor.ActorRepository.class)
                .findById(who.actorId())
                .orElseThrow()
                .name();
    }
}
