package no.fellesgrunn.planner.matching;

import java.util.List;

/**
 * Why an actor got no match, as a code with the actor's id (and the number of partners): the first
 * of these that holds.
 * <ol>
 * <li>They have no themes, or nobody else shares one of their themes.</li>
 * <li>Everybody who shares a theme is in their organisation or an excluded pair.</li>
 * <li>Every possible partner already has as many matches as they accept.</li>
 * <li>Otherwise the solver found no partner in time (should not happen with Blossom V's start).</li>
 * </ol>
 */
final class UnmatchedReason {
    private UnmatchedReason() {}

    static MatchingResult.Unmatched of(Actor actor, List<Actor> actors, int[] matchCount) {
        String id = actor.getId();
        if (!actor.hasThemes()) {
            return new MatchingResult.Unmatched(id, ReasonCode.of("planner.unmatched.no_themes", id));
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
            return new MatchingResult.Unmatched(id, ReasonCode.of("planner.unmatched.no_shared_theme", id));
        }
        if (eligible == 0) {
            return new MatchingResult.Unmatched(id, ReasonCode.of("planner.unmatched.all_excluded", id));
        }
        if (full == eligible && eligible == 1) {
            return new MatchingResult.Unmatched(id, ReasonCode.of("planner.unmatched.partners_full", id, 1));
        }
        if (full == eligible) {
            return new MatchingResult.Unmatched(id, ReasonCode.of("planner.unmatched.partners_full", id, eligible));
        }
        return new MatchingResult.Unmatched(id, ReasonCode.of("planner.unmatched.not_found", id));
    }
}
