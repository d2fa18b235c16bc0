package no.fellesgrunn.web.solver;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.fellesgrunn.domain.actor.Actor;
import no.fellesgrunn.domain.organisation.Organisation;
import no.fellesgrunn.domain.plan.Match;
import no.fellesgrunn.domain.registration.Registration;
import no.fellesgrunn.planner.matching.ActorPair;
import no.fellesgrunn.planner.matching.ActorProfile;
import no.fellesgrunn.planner.matching.MatchingProblem;
import no.fellesgrunn.planner.matching.MatchingResult;

/**
 * Between the domain and the matching engine: the people taking part in an event become actor
 * profiles (ids are the actors' UUIDs), matches of earlier events become previous matches, and
 * declined or rejected pairs become excluded pairs; the engine's matches become domain matches.
 */
public final class MatchingProblemFactory {
    private MatchingProblemFactory() {}

    /**
     * @param previous pairs matched at other events (pairs with someone not taking part are left out)
     * @param excluded pairs that must not meet (idem)
     */
    public static MatchingProblem problem(
            EventFacts facts, int matchesPerActor, Collection<Set<UUID>> previous, Collection<Set<UUID>> excluded) {
        List<ActorProfile> profiles = new ArrayList<>();
        Set<UUID> present = new HashSet<>();
        for (Registration registration : facts.registrations()) {
            Actor actor = facts.actor(registration.actorId());
            if (!present.add(actor.id())) {
                continue;
            }
            Organisation organisation = facts.organisationOf(actor);
            profiles.add(new ActorProfile(
                    actor.id().toString(),
                    organisation == null ? null : organisation.id().toString(),
                    facts.sectorOf(actor),
                    actor.homeMunicipality(),
                    new LinkedHashSet<>(actor.themeKeys()),
                    actor.perspectives(),
                    null));
        }
        return new MatchingProblem(profiles, matchesPerActor, pairs(excluded, present), pairs(previous, present));
    }

    private static List<ActorPair> pairs(Collection<Set<UUID>> pairs, Set<UUID> present) {
        Set<ActorPair> result = new LinkedHashSet<>();
        for (Set<UUID> pair : pairs) {
            List<UUID> two = new ArrayList<>(pair);
            if (two.size() == 2 && present.containsAll(two)) {
                result.add(new ActorPair(two.get(0).toString(), two.get(1).toString()).key());
            }
        }
        return List.copyOf(result);
    }

    /** The engine's matches as the event's domain matches, with their reason codes (translated when shown: MatchReasons). */
    public static List<Match> matches(UUID eventId, MatchingResult result, Instant at) {
        return result.matches().stream()
                .map(m -> Match.of(
                        eventId,
                        UUID.fromString(m.first()),
                        UUID.fromString(m.second()),
                        Math.min(1.0, Math.max(0.0, m.similarity())),
                        m.sharedThemes(),
                        m.reasons().stream()
                                .map(no.fellesgrunn.planner.matching.ReasonCode::encoded)
                                .toList(),
                        at))
                .toList();
    }
}
