package no.fellesgrunn.web.organiser.followup;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.domain.reference.Municipality;
import no.fellesgrunn.domain.reference.ReferenceDataRepository;
import no.fellesgrunn.infra.outcome.JdbcMunicipalityContacts;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The follow-up board for a municipality's contact: the tables of the municipality's challenges and
 * their next steps, across every event and over time, read-only. Organisers name the contacts, for
 * municipalities in the counties of the events they organise.
 */
@Service
public class MunicipalityBoard {
    private final FollowUpBoard board;
    private final JdbcMunicipalityContacts contacts;
    private final RegionalEventRepository events;
    private final ActorRepository actors;
    private final CurrentUser currentUser;
    private final OrganiserEvents organiserEvents;
    private final ReferenceDataRepository reference;
    private final Clock clock;

    public MunicipalityBoard(
            FollowUpBoard board,
            JdbcMunicipalityContacts contacts,
            RegionalEventRepository events,
            ActorRepository actors,
            CurrentUser currentUser,
            OrganiserEvents organiserEvents,
            ReferenceDataRepository reference,
            Clock clock) {
        this.board = board;
        this.contacts = contacts;
        this.events = events;
        this.actors = actors;
        this.currentUser = currentUser;
        this.organiserEvents = organiserEvents;
        this.reference = reference;
        this.clock = clock;
    }

    /** The municipalities (numbers) the signed-in person is a contact of; empty for everyone else. */
    @RolesAllowed({"PARTICIPANT", "ORGANISER"})
    public List<String> myMunicipalities() {
        return me().map(a -> contacts.municipalitiesOf(a.id())).orElse(List.of());
    }

    /** The board of the signed-in contact's municipalities; nothing for someone who is no contact. */
    @RolesAllowed({"PARTICIPANT", "ORGANISER"})
    public List<BoardRow> rows() {
        Set<String> mine = new HashSet<>(myMunicipalities());
        return mine.isEmpty() ? List.of() : rowsFor(mine);
    }

    /** The board of these municipalities (for the digest job, which runs as nobody). */
    public List<BoardRow> rowsFor(Set<String> municipalities) {
        return board.rowsOf(events.findAll(), municipalities);
    }

    /** The municipalities an organiser may name contacts for: those in their events' counties. */
    @RolesAllowed("ORGANISER")
    public List<Municipality> municipalitiesToName() {
        Set<String> counties = new HashSet<>();
        organiserEvents.mine().forEach(e -> counties.addAll(e.counties()));
        return reference.municipalities().stream()
                .filter(m -> counties.contains(m.countyCode()))
                .toList();
    }

    @RolesAllowed("ORGANISER")
    public List<JdbcMunicipalityContacts.Contact> contacts() {
        Set<String> allowed = new HashSet<>(
                municipalitiesToName().stream().map(Municipality::number).toList());
        return contacts.all().stream()
                .filter(c -> allowed.contains(c.municipality()))
                .toList();
    }

    /** Names a person with a login a contact of a municipality in one of the organiser's counties. */
    @RolesAllowed("ORGANISER")
    public void name(String municipality, String email) {
        requireMine(municipality);
        Actor actor = actors.findByEmail(no.fellesgrunn.domain.actor.Email.of(email))
                .filter(a -> a.userAccountId() != null)
                .orElseThrow(
                        () -> new AppRefusal(AppError.CONTACT_NEEDS_LOGIN, "a municipality contact needs a login"));
        contacts.name(
                municipality,
                actor.id(),
                currentUser.account().map(a -> a.username()).orElse("?"),
                clock.instant());
    }

    @RolesAllowed("ORGANISER")
    public void remove(String municipality, UUID actorId) {
        requireMine(municipality);
        contacts.remove(municipality, actorId);
    }

    private void requireMine(String municipality) {
        if (municipalitiesToName().stream().noneMatch(m -> m.number().equals(municipality))) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "not a municipality of your events' counties");
        }
    }

    private java.util.Optional<Actor> me() {
        return currentUser.account().flatMap(a -> actors.findByUserAccount(a.id()));
    }
}
