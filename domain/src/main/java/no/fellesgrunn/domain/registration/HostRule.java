package no.fellesgrunn.domain.registration;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.fellesgrunn.domain.challenge.Challenge;
import no.fellesgrunn.domain.common.DomainError;
import no.fellesgrunn.domain.common.DomainException;
import no.fellesgrunn.domain.event.RegionalEvent;

/**
 * A selected challenge is presented by its host, who sits at its table in every round it runs;
 * so the host must take part in the event.
 */
public final class HostRule {
    private HostRule() {}

    /**
     * @param challenges   the event's selected challenges (at least these)
     * @param registrations the event's registrations
     */
    public static void requireHostsRegistered(
            RegionalEvent event, Collection<Challenge> challenges, Collection<Registration> registrations) {
        Map<UUID, Challenge> byId =
                challenges.stream().collect(Collectors.toMap(Challenge::id, Function.identity(), (a, b) -> a));
        Set<UUID> takingPart = registrations.stream()
                .filter(r -> r.eventId().equals(event.id()) && r.status().isTakingPart())
                .map(Registration::actorId)
                .collect(Collectors.toSet());
        for (var selected : event.challenges()) {
            Challenge challenge = byId.get(selected.challengeId());
            if (challenge == null) {
                throw new DomainException(
                        DomainError.SELECTED_CHALLENGE_UNKNOWN,
                        "selected challenge " + selected.challengeId() + " of " + event.name() + " is unknown",
                        event.name());
            }
            if (challenge.hostActorId() != null && !takingPart.contains(challenge.hostActorId())) {
                throw new DomainException(
                        DomainError.HOST_NOT_REGISTERED,
                        "the host of challenge '" + challenge.title() + "' is not registered for " + event.name(),
                        challenge.title(),
                        event.name());
            }
        }
    }
}
