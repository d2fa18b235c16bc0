package no.fellesgrunn.planner.matching;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A matching plan in the making: the actors (facts), the match slots (entities) and the weights.
 * Build one with {@link MatchingEngine#startingSolution(MatchingProblem, MatchingWeights)}.
 */
@PlanningSolution
public class MatchingSolution {
    static final String ACTOR_RANGE = "actors";

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = ACTOR_RANGE)
    private List<Actor> actors;

    @PlanningEntityCollectionProperty
    private List<MatchSlot> slots;

    @ConstraintConfigurationProvider
    private MatchingConstraintConfiguration configuration;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's cloning. */
    public MatchingSolution() {}

    public MatchingSolution(List<Actor> actors, List<MatchSlot> slots, MatchingWeights weights) {
        this.actors = actors;
        this.slots = slots;
        this.configuration = new MatchingConstraintConfiguration(weights);
    }

    public List<Actor> getActors() {
        return actors;
    }

    public List<MatchSlot> getSlots() {
        return slots;
    }

    public MatchingConstraintConfiguration getConfiguration() {
        return configuration;
    }

    public MatchingWeights getWeights() {
        return configuration.toWeights();
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    /** The slots that hold a match. */
    public List<MatchSlot> matches() {
        return slots.stream().filter(MatchSlot::isMatch).toList();
    }
}
