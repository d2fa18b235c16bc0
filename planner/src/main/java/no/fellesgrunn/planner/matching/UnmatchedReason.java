package no.fellesgrunn.planner.matching;

import java.util.List;

/**
 * Why an actor got no match, in English and Norwegian: the first of these that holds.
 * <ol>
 * <li>They have no themes, or nobody else shares one of their themes.</li>
 * <li>Everybody who shares a theme is in their organisation or an excluded pair.</li>
 * <li>Every possible partner already has as many matches as they accept.</li>
 * <li>Otherwise the solver found no partner in time (should not happen with Blossom V's start).</li>
 * </ol>
 */
final class UnmatchedReason {
    private UnmatchedReason() {
    }

    static MatchingResult.Unmatched of(Actor actor, List<Actor> actors, int[] matchCount) {
        String id = actor.getId();
        if (!actor.hasThemes()) {
            return new MatchingResult.Unmatched(id, id + " has no themes, so nobody shares a theme with " + id,
                    id + " har ingen temaer, så ingen deler et tema med " + id);
        }
        int sharing = 0;
        int eligible = 0;
        int full = 0;
        for (Actor other : actors) {
            if (other != actor && actor.sharedThemeCount(other) > 0) {
                sharing++;
                if (actor.canMeet(other)) {
                    eligible++;
                    if (matchCount[other.getIndex()] >= other.getMaxMatches()) {
                        full++;
                    }
                }
            }
        }
        if (sharing == 0) {
            return new MatchingResult.Unmatched(id, "No other actor shares a theme with " + id,
                    "Ingen andre aktører deler et tema med " + id);
        }
        if (eligible == 0) {
            return new MatchingResult.Unmatched(id,
                    "Everyone who shares a theme with " + id + " is in the same organisation or an excluded pair",
                    "Alle som deler et tema med " + id + ", er i samme organisasjon eller et utelukket par");
        }
        if (full == eligible && eligible == 1) {
            return new MatchingResult.Unmatched(id,
                    "The only possible partner of " + id + " already has as many matches as they accept",
                    "Den eneste mulige partneren for " + id + " har allerede så mange matcher som de ønsker");
        }
        if (full == eligible) {
            return new MatchingResult.Unmatched(id,
                    "All " + eligible + " possible partners of " + id + " already have as many matches as they accept",
                    "Alle " + eligible + " mulige partnere for " + id + " har allerede så mange matcher som de ønsker");
        }
        return new MatchingResult.Unmatched(id, "The solver found no partner for " + id + " within the time limit",
                "Løseren fant ingen partner for " + id + " innen tidsgrensen");
    }
}
