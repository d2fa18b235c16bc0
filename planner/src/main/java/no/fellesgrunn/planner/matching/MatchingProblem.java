package no.fellesgrunn.planner.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the organiser asks the matching engine: who takes part, how many coffee chats each actor
 * should get, which pairs must never meet, and which pairs met before (those are avoided, not
 * forbidden). Plain data, so the web application can build it from its domain without JSON.
 *
 * @param actors           at least the actors to match; ids must be unique
 * @param matchesPerActor  matches per actor unless an actor says otherwise (at least 1)
 * @param excludedPairs    pairs that must never be matched; both ids must name actors
 * @param previousMatches  pairs matched before; both ids must name actors
 */
public record MatchingProblem(
        List<ActorProfile> actors,
        int matchesPerActor,
        List<ActorPair> excludedPairs,
        List<ActorPair> previousMatches) {

    public MatchingProblem {
        actors = List.copyOf(actors);
        excludedPairs = excludedPairs == null ? List.of() : List.copyOf(excludedPairs);
        previousMatches = previousMatches == null ? List.of() : List.copyOf(previousMatches);
        if (matchesPerActor < 1) {
            throw new IllegalArgumentException("matchesPerActor must be at least 1, got " + matchesPerActor + ".");
        }
        Set<String> ids = new HashSet<>();
        for (ActorProfile actor : actors) {
            if (!ids.add(actor.id())) {
                throw new IllegalArgumentException("Actor id " + actor.id() + " is used twice.");
            }
        }
        checkPairs(excludedPairs, ids, "excluded pair");
        checkPairs(previousMatches, ids, "previous match");
    }

    /** One match per actor for everybody: the case Blossom V solves exactly. */
    public static MatchingProblem of(List<ActorProfile> actors) {
        return new MatchingProblem(actors, 1, List.of(), List.of());
    }

    /** The number of matches the actor accepts. */
    public int maxMatchesOf(ActorProfile actor) {
        return actor.maxMatches() == null ? matchesPerActor : actor.maxMatches();
    }

    private static void checkPairs(List<ActorPair> pairs, Set<String> ids, String what) {
        for (ActorPair pair : pairs) {
            for (String id : List.of(pair.first(), pair.second())) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("The " + what + " " + pair.first() + "/" + pair.second()
                            + " names the unknown actor " + id + ".");
                }
            }
        }
    }
}
