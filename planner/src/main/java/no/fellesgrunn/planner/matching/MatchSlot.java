package no.fellesgrunn.planner.matching;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A place for one coffee chat: two actor variables. A slot with both actors is a match; a slot with
 * one or none is unused. There are as many slots as the actors' capacities allow (half the sum of
 * their maxMatches), so the solver can always add a match, and removing one is a change to null.
 * <p>
 * The order of the two actors carries no meaning.
 */
@PlanningEntity
public class MatchSlot {
    @PlanningId
    private Integer id;

    @PlanningVariable(valueRangeProviderRefs = MatchingSolution.ACTOR_RANGE, nullable = true)
    private Actor first;

    @PlanningVariable(valueRangeProviderRefs = MatchingSolution.ACTOR_RANGE, nullable = true)
    private Actor second;

    /** For OptaPlanner's cloning. */
    public MatchSlot() {}

    public MatchSlot(int id) {
        this.id = id;
    }

    public MatchSlot(int id, Actor first, Actor second) {
        this.id = id;
        this.first = first;
        this.second = second;
    }

    public Integer getId() {
        return id;
    }

    public Actor getFirst() {
        return first;
    }

    public void setFirst(Actor first) {
        this.first = first;
    }

    public Actor getSecond() {
        return second;
    }

    public void setSecond(Actor second) {
        this.second = second;
    }

    /** Both actors are set: this slot is a match. */
    public boolean isMatch() {
        return first != null && second != null;
    }

    /**
     * The unordered pair as one number, so two slots holding the same pair have the same key.
     * Slots that are not a match get a key no other slot has.
     */
    public long getPairKey() {
        if (!isMatch()) {
            return -1L - id;
        }
        long low = Math.min(first.getIndex(), second.getIndex());
        long high = Math.max(first.getIndex(), second.getIndex());
        return (low << 32) | high;
    }

    @Override
    public String toString() {
        return "MatchSlot" + id + "(" + first + ", " + second + ")";
    }
}
