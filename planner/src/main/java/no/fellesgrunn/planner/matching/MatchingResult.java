package no.fellesgrunn.planner.matching;

import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A matching plan, explained: every match with its similarity, shared themes and reasons, every
 * actor without a match with the reason, and the score ({@code 0hard} means every hard rule holds).
 */
public record MatchingResult(HardMediumSoftLongScore score, List<Match> matches, List<Unmatched> unmatched) {

    public MatchingResult {
        matches = List.copyOf(matches);
        unmatched = List.copyOf(unmatched);
    }

    /**
     * One coffee chat.
     *
     * @param first        an actor id (the public actor first when the pair is public with non-public)
     * @param second       the other actor id
     * @param similarity   the Jaccard index of their themes, 0 to 1
     * @param sharedThemes the themes both have, sorted
     * @param reasons      why they were matched, as codes the reader's side translates
     */
    public record Match(
            String first, String second, double similarity, List<String> sharedThemes, List<ReasonCode> reasons) {
        public Match {
            sharedThemes = List.copyOf(sharedThemes);
            reasons = List.copyOf(reasons);
        }
    }

    /** An actor without any match, and why (a code the reader's side translates). */
    public record Unmatched(String actor, ReasonCode reason) {}

    /** The sum of the matches' similarity. */
    public double totalSimilarity() {
        return matches.stream().mapToDouble(Match::similarity).sum();
    }

    /** Whether every hard rule holds. */
    public boolean feasible() {
        return score.hardScore() == 0;
    }
}
