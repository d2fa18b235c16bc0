package no.fellesgrunn.web.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.actor.ActorRepository;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.challenge.ChallengeRepository;
import no.fellesgrunn.domain.event.RegionalEvent;
import no.fellesgrunn.domain.event.SelectedChallenge;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.organisation.OrganisationRepository;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.domain.registration.RegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * Reads {@link EventFacts} from the repositories. Callers check access first (through
 * {@code OrganiserEvents.open}); this class only reads.
 */
@Component
public class EventFactsLoader {
    private final RegistrationRepository registrations;
    private final ActorRepository actors;
    private final OrganisationRepository organisations;
    private final ChallengeRepository challenges;

    public EventFactsLoader(
            RegistrationRepository registrations,
            ActorRepository actors,
            OrganisationRepository organisations,
            ChallengeRepository challenges) {
        this.registrations = registrations;
        this.actors = actors;
        this.organisations = organisations;
        this.challenges = challenges;
    }

    /** Actors by id (for people in a plan who no longer take part). */
    public List<Actor> actors(java.util.Collection<UUID> ids) {
        return actors.findByIds(ids);
    }

    public EventFacts load(RegionalEvent event) {
        List<Registration> all = registrations.findByEvent(event.id());
        Map<UUID, Actor> actorById = actors
                .findByIds(all.stream().map(Registration::actorId).toList())
                .stream()
                .collect(Collectors.toMap(Actor::id, Function.identity()));
        // All their organisations in one read (not one per organisation).
        Map<UUID, Organisation> organisationById = new HashMap<>();
        organisations
                .findByIds(actorById.values().stream()
                        .map(Actor::organisationId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .forEach(o -> organisationById.put(o.id(), o));
        Map<UUID, Challenge> challengeById =
                challenges
                        .findByIds(event.challenges().stream()
                                .map(SelectedChallenge::challengeId)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Challenge::id, Function.identity()));
        return new EventFacts(event, all, actorById, organisationById, challengeById);
    }
}
