package no.fellesgrunn.web.solver;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.Sector;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.Room;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.registration.Registration;

/**
 * What the solvers need to know about one event, read from the domain at one moment: the event
 * (rounds, rooms and tables, selected challenges), the registrations of the people taking part,
 * and those people's actors, organisations and the selected challenges.
 */
public record EventFacts(
        RegionalEvent event,
        List<Registration> registrations,
        Map<UUID, Actor> actors,
        Map<UUID, Organisation> organisations,
        Map<UUID, Challenge> challenges) {

    public EventFacts {
        registrations =
                registrations.stream().filter(r -> r.status().isTakingPart()).toList();
        actors = Map.copyOf(actors);
        organisations = Map.copyOf(organisations);
        challenges = Map.copyOf(challenges);
    }

    public Actor actor(UUID id) {
        Actor actor = actors.get(id);
        if (actor == null) {
            throw new IllegalStateException("actor " + id + " of a registration for " + event.name() + " is missing");
        }
        return actor;
    }

    public Organisation organisationOf(Actor actor) {
        return actor.organisationId() == null ? null : organisations.get(actor.organisationId());
    }

    public Sector sectorOf(Actor actor) {
        return Actor.sectorOf(organisationOf(actor));
    }

    /** The room of each table, by table id. */
    public Map<UUID, Room> roomOfTable() {
        return event.roomOfTable();
    }

    public boolean takesPart(UUID actorId) {
        return registrations.stream().anyMatch(r -> r.actorId().equals(actorId));
    }
}
