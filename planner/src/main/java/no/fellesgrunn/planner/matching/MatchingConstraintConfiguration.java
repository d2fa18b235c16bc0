package no.fellesgrunn.planner.matching;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The soft constraint weights as OptaPlanner reads them, built from {@link MatchingWeights}. The
 * constraint names here and in {@link MatchingConstraintProvider} must be the same.
 */
@ConstraintConfiguration
public class MatchingConstraintConfiguration {
    static final String INTEREST_SIMILARITY = "Interest similarity";
    static final String CROSS_SECTOR = "Cross-sector pair";
    static final String PUBLIC_MEETS_NON_PUBLIC = "Public meets non-public";
    static final String COMPLEMENTARY_PERSPECTIVES = "Complementary perspectives";
    static final String SAME_COUNTY = "Same county";
    static final String REPEATED_MATCH = "Repeated match";

    @ConstraintWeight(INTEREST_SIMILARITY)
    private HardMediumSoftLongScore similarity;

    @ConstraintWeight(CROSS_SECTOR)
    private HardMediumSoftLongScore crossSector;

    @ConstraintWeight(PUBLIC_MEETS_NON_PUBLIC)
    private HardMediumSoftLongScore publicMeetsNonPublic;

    @ConstraintWeight(COMPLEMENTARY_PERSPECTIVES)
    private HardMediumSoftLongScore complementaryPerspectives;

    @ConstraintWeight(SAME_COUNTY)
    private HardMediumSoftLongScore sameCounty;

    @ConstraintWeight(REPEATED_MATCH)
    private HardMediumSoftLongScore repeatedMatch;

    /** For OptaPlanner's cloning: the defaults. */
    public MatchingConstraintConfiguration() {
        this(MatchingWeights.defaults());
    }

    public MatchingConstraintConfiguration(MatchingWeights weights) {
        similarity = HardMediumSoftLongScore.ofSoft(weights.similarity());
        crossSector = HardMediumSoftLongScore.ofSoft(weights.crossSector());
        publicMeetsNonPublic = HardMediumSoftLongScore.ofSoft(weights.publicMeetsNonPublic());
        complementaryPerspectives = HardMediumSoftLongScore.ofSoft(weights.complementaryPerspectives());
        sameCounty = HardMediumSoftLongScore.ofSoft(weights.sameCounty());
        repeatedMatch = HardMediumSoftLongScore.ofSoft(weights.repeatedMatch());
    }

    /** The weights back as the public record. */
    public MatchingWeights toWeights() {
        return new MatchingWeights(
                similarity.softScore(),
                crossSector.softScore(),
                publicMeetsNonPublic.softScore(),
                complementaryPerspectives.softScore(),
                sameCounty.softScore(),
                repeatedMatch.softScore());
    }

    public HardMediumSoftLongScore getSimilarity() {
        return similarity;
    }

    public HardMediumSoftLongScore getCrossSector() {
        return crossSector;
    }

    public HardMediumSoftLongScore getPublicMeetsNonPublic() {
        return publicMeetsNonPublic;
    }

    public HardMediumSoftLongScore getComplementaryPerspectives() {
        return complementaryPerspectives;
    }

    public HardMediumSoftLongScore getSameCounty() {
        return sameCounty;
    }

    public HardMediumSoftLongScore getRepeatedMatch() {
        return repeatedMatch;
    }
}
