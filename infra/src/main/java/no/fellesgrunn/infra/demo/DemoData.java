package no.fellesgrunn.infra.demo;

import java.util.List;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.registration.Registration;

/** A generated, internally consistent data set: store it in this order (organisations first). */
public record DemoData(
        List<Organisation> organisations,
        List<Actor> actors,
        List<Challenge> challenges,
        List<RegionalEvent> events,
        List<Registration> registrations) {
    public DemoData {
        organisations = List.copyOf(organisations);
        actors = List.copyOf(actors);
        challenges = List.copyOf(challenges);
        events = List.copyOf(events);
        registrations = List.copyOf(registrations);
    }

    public List<Registration> registrationsFor(RegionalEvent event) {
        return registrations.stream()
                .filter(r -> r.eventId().equals(event.id()))
                .toList();
    }
}
