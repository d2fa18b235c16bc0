package no.fellesgrunn.planner.scheduling;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** Carries {@link SchedulingWeights} into the solver as OptaPlanner constraint weights. */
@ConstraintConfiguration(constraintPackage = SchedulingConstraints.PACKAGE)
public class SchedulingConstraintConfiguration {
    @ConstraintWeight(SchedulingConstraints.WISHED_CHALLENGE)
    private HardMediumSoftLongScore wishedChallenge;

    @ConstraintWeight(SchedulingConstraints.SHARED_THEMES)
    private HardMediumSoftLongScore sharedThemes;

    @ConstraintWeight(SchedulingConstraints.NEEDED_PERSPECTIVE)
    private HardMediumSoftLongScore neededPerspective;

    @ConstraintWeight(SchedulingConstraints.SECTOR_BALANCE)
    private HardMediumSoftLongScore sectorBalance;

    @ConstraintWeight(SchedulingConstraints.SAME_ORGANISATION)
    private HardMediumSoftLongScore sameOrganisation;

    @ConstraintWeight(SchedulingConstraints.MEET_NEW_PEOPLE)
    private HardMediumSoftLongScore meetNewPeople;

    @ConstraintWeight(SchedulingConstraints.REPEATED_CHALLENGE)
    private HardMediumSoftLongScore repeatedChallenge;

    @ConstraintWeight(SchedulingConstraints.EVEN_FILL)
    private HardMediumSoftLongScore evenFill;

    @ConstraintWeight(SchedulingConstraints.PUBLISHED_TABLE_CHANGED)
    private HardMediumSoftLongScore publishedTableChanged;

    @ConstraintWeight(SchedulingConstraints.PUBLISHED_CHALLENGE_CHANGED)
    private HardMediumSoftLongScore publishedChallengeChanged;

    public SchedulingConstraintConfiguration() {
        this(SchedulingWeights.defaults());
    }

    public SchedulingConstraintConfiguration(SchedulingWeights w) {
        wishedChallenge = soft(w.wishedChallenge());
        sharedThemes = soft(w.sharedThemes());
        neededPerspective = soft(w.neededPerspective());
        sectorBalance = soft(w.sectorBalance());
        sameOrganisation = soft(w.sameOrganisation());
        meetNewPeople = soft(w.meetNewPeople());
        repeatedChallenge = soft(w.repeatedChallenge());
        evenFill = soft(w.evenFill());
        publishedTableChanged = soft(w.publishedPlanChange());
        publishedChallengeChanged = soft(w.publishedPlanChange());
    }

    private static HardMediumSoftLongScore soft(long weight) {
        return HardMediumSoftLongScore.ofSoft(weight);
    }

    public HardMediumSoftLongScore getWishedChallenge() {
        return wishedChallenge;
    }

    public HardMediumSoftLongScore getSharedThemes() {
        return sharedThemes;
    }

    public HardMediumSoftLongScore getNeededPerspective() {
        return neededPerspective;
    }

    public HardMediumSoftLongScore getSectorBalance() {
        return sectorBalance;
    }

    public HardMediumSoftLongScore getSameOrganisation() {
        return sameOrganisation;
    }

    public HardMediumSoftLongScore getMeetNewPeople() {
        return meetNewPeople;
    }

    public HardMediumSoftLongScore getRepeatedChallenge() {
        return repeatedChallenge;
    }

    public HardMediumSoftLongScore getEvenFill() {
        return evenFill;
    }

    public HardMediumSoftLongScore getPublishedTableChanged() {
        return publishedTableChanged;
    }

    public HardMediumSoftLongScore getPublishedChallengeChanged() {
        return publishedChallengeChanged;
    }
}
