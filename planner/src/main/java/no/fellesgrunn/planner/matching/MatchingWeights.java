package no.fellesgrunn.planner.matching;

/**
 * The soft constraint weights organisers may tune, in soft score points. Hard rules (eligibility,
 * capacity, no pair twice) and the medium rule (as many actors as possible get a match) are not
 * weights: they always come first.
 * <p>
 * Interest similarity is counted in millionths (a Jaccard index of 0.5 is 500,000), so with
 * {@code similarity = 1} a perfect theme overlap is worth 1,000,000 points and the defaults of the
 * other weights are a few hundredths of that: they break near-ties, they do not override interests.
 *
 * @param similarity                points per millionth of Jaccard similarity of a match
 * @param crossSector               points for a match across two different sectors
 * @param publicMeetsNonPublic      extra points when one actor is public (municipality, county,
 *                                  state) and the other is not: the pair the method is made for
 * @param complementaryPerspectives points when each actor brings a perspective the other lacks
 * @param sameCounty                points when both actors are in the same county
 * @param repeatedMatch             points taken off for a pair in {@code previousMatches}
 */
public record MatchingWeights(
        long similarity,
        long crossSector,
        long publicMeetsNonPublic,
        long complementaryPerspectives,
        long sameCounty,
        long repeatedMatch) {

    /**
     * The largest weight: a match adds at most 10⁶ similarity millionths times the weight, so even
     * 10⁶ matches at this weight stay far below the score's {@code Long.MAX_VALUE}.
     */
    public static final long MAX_WEIGHT = 1_000_000;

    public MatchingWeights {
        for (long weight : new long[] {
            similarity, crossSector, publicMeetsNonPublic, complementaryPerspectives, sameCounty, repeatedMatch
        }) {
            if (weight < 0 || weight > MAX_WEIGHT) {
                throw new IllegalArgumentException("Matching weights must be from 0 to " + MAX_WEIGHT + ", got "
                        + similarity + ", " + crossSector + ", " + publicMeetsNonPublic + ", "
                        + complementaryPerspectives + ", " + sameCounty + ", " + repeatedMatch + ".");
            }
        }
    }

    /** The weights used unless the organiser tunes them. */
    public static MatchingWeights defaults() {
        return new MatchingWeights(1, 20_000, 40_000, 20_000, 10_000, 100_000);
    }

    /** Only interest similarity counts: the case whose optimum Blossom V computes exactly. */
    public static MatchingWeights similarityOnly() {
        return new MatchingWeights(1, 0, 0, 0, 0, 0);
    }

    /**
     * The soft score a match of these two actors adds, exactly as the constraint provider counts
     * it. The exact and greedy constructions maximise the sum of these.
     */
    public long softScoreOf(Actor a, Actor b) {
        long score = similarity * a.similarityMicros(b);
        if (a.crossSector(b)) {
            score += crossSector;
        }
        if (a.publicMeetsNonPublic(b)) {
            score += publicMeetsNonPublic;
        }
        if (a.complementaryPerspectives(b)) {
            score += complementaryPerspectives;
        }
        if (a.sameCounty(b)) {
            score += sameCounty;
        }
        if (a.metBefore(b)) {
            score -= repeatedMatch;
        }
        return score;
    }
}
