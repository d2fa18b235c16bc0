package no.fellesgrunn.web.organiser.editor;

import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.RegionalEventRepository;
import no.fellesgrunn.web.i18n.AppError;
import no.fellesgrunn.web.i18n.AppRefusal;
import no.fellesgrunn.web.organiser.OrganiserEvents;
import no.fellesgrunn.web.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Changes to an event's details, venue, rounds, rooms, tables and organisers. The editor sends
 * the whole edited event with the version it was read at; the repository refuses it with a
 * StaleEditException when someone else saved in between, and nothing is written.
 */
@Service
public class EventEditing {
    private final OrganiserEvents organiserEvents;
    private final RegionalEventRepository events;
    private final ActorRepository actors;
    private final CurrentUser currentUser;

    public EventEditing(
            OrganiserEvents organiserEvents,
            RegionalEventRepository events,
            ActorRepository actors,
            CurrentUser currentUser) {
        this.organiserEvents = organiserEvents;
        this.events = events;
        this.actors = actors;
        this.currentUser = currentUser;
    }

    /**
     * Creates a new event in PLANNING, organised by the signed-in organiser, in the county of the
     * venue's municipality; rounds, rooms, tables and co-organisers are added in the editor.
     *
     * @throws DomainException when the organiser has no profile to organise with, or a field is invalid
     */
    @RolesAllowed("ORGANISER")
    public RegionalEvent create(
            String name, java.time.LocalDate date, String venueName, String venueAddress, String municipalityNumber) {
        Actor me = organiserEvents
                .me()
                .orElseThrow(() -> new AppRefusal(
                        AppError.ORGANISER_WITHOUT_PROFILE,
                        "your organiser account has no profile yet; ask the administrator to add you again"));
        if (date == null || municipalityNumber == null || municipalityNumber.length() != 4) {
            throw new AppRefusal(
                    AppError.EVENT_DATE_AND_MUNICIPALITY_REQUIRED,
                    "an event needs a date and the venue's municipality");
        }
        java.time.LocalDate opens = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));
        RegionalEvent event = RegionalEvent.plan(
                        name,
                        date,
                        new no.fellesgrunn.domain.event.Venue(venueName, venueAddress, municipalityNumber),
                        java.util.Set.of(municipalityNumber.substring(0, 2)),
                        new no.fellesgrunn.domain.event.RegistrationWindow(opens.isAfter(date) ? date : opens, date))
                .withOrganisers(java.util.Set.of(me.id()));
        return events.save(event, editedBy());
    }

    @RolesAllowed("ORGANISER")
    public RegionalEvent load(UUID eventId) {
        return organiserEvents.open(eventId);
    }

    /**
     * Saves the edited event.
     *
     * @throws DomainException        when the edit would leave the event without the signed-in
     *                                organiser (they would lock themselves out) or names unknown organisers
     * @throws no.fellesgrunn.domain.common.StaleEditException when someone saved it since it was read
     */
    @RolesAllowed("ORGANISER")
    public RegionalEvent save(UUID eventId, RegionalEvent edited) {
        RegionalEvent stored = organiserEvents.open(eventId);
        if (!edited.id().equals(stored.id())) {
            throw new AppRefusal(AppError.EVENT_NOT_THE_ONE_OPENED, "the edited event is not the event opened");
        }
        Actor me = organiserEvents.me().orElseThrow();
        if (!edited.organisers().contains(me.id())) {
            throw new AppRefusal(AppError.CANNOT_REMOVE_SELF, "you cannot remove yourself from the organisers");
        }
        if (actors.findByIds(edited.organisers()).size() != edited.organisers().size()) {
            throw new AppRefusal(AppError.ORGANISER_UNKNOWN, "an organiser is not a known actor");
        }
        if (edited.status() != stored.status() && !stored.status().canMoveTo(edited.status())) {
            throw new AppRefusal(
                    AppError.EVENT_STATUS_CANNOT_MOVE,
                    "the event cannot move from " + stored.status() + " to " + edited.status(),
                    stored.status(),
                    edited.status());
        }
        return events.save(edited, editedBy());
    }

    /**
     * Actors whose name or e-mail contains the text, for picking co-organisers and hosts; at most
     * {@code limit}. At least two characters are needed: the directory is not for browsing.
     */
    @RolesAllowed("ORGANISER")
    public List<Actor> findActors(UUID eventId, String text, int limit) {
        organiserEvents.open(eventId);
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (needle.length() < 2) {
            return List.of();
        }
        return actors.findAll().stream()
                .filter(a -> a.name().toLowerCase(Locale.ROOT).contains(needle)
                        || a.email().value().contains(needle))
                .sorted(Comparator.comparing(Actor::name))
                .limit(limit)
                .toList();
    }

    @RolesAllowed("ORGANISER")
    public List<Actor> organisers(UUID eventId) {
        return actors.findByIds(organiserEvents.open(eventId).organisers()).stream()
                .sorted(Comparator.comparing(Actor::name))
                .toList();
    }

    private String editedBy() {
        return currentUser.account().map(a -> a.username()).orElseThrow();
    }
}
