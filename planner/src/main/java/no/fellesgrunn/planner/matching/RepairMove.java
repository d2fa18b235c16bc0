package no.fellesgrunn.planner.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Gives one or two slots new pairs in a single step: re-pairing two matches, moving a match to a
 * better partner, or replacing a match by a new one. A change move does one variable at a time and
 * must pass through a broken hard rule (an actor in one match too many) to do any of these.
 */
final class RepairMove extends AbstractMove<MatchingSolution> {
    /** One slot's new actors. */
    record Assignment(MatchSlot slot, Actor first, Actor second) {}

    private final List<Assignment> assignments;

    RepairMove(List<Assignment> assignments) {
        this.assignments = List.copyOf(assignments);
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<MatchingSolution> scoreDirector) {
        for (Assignment a : assignments) {
            if (a.slot().getFirst() != a.first() || a.slot().getSecond() != a.second()) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected RepairMove createUndoMove(ScoreDirector<MatchingSolution> scoreDirector) {
        List<Assignment> undo = new ArrayList<>();
        for (Assignment a : assignments) {
            undo.add(new Assignment(a.slot(), a.slot().getFirst(), a.slot().getSecond()));
        }
        return new RepairMove(undo);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<MatchingSolution> scoreDirector) {
        for (Assignment a : assignments) {
            MatchSlot slot = a.slot();
            if (slot.getFirst() != a.first()) {
                scoreDirector.beforeVariableChanged(slot, "first");
                slot.setFirst(a.first());
                scoreDirector.afterVariableChanged(slot, "first");
            }
            if (slot.getSecond() != a.second()) {
                scoreDirector.beforeVariableChanged(slot, "second");
                slot.setSecond(a.second());
                scoreDirector.afterVariableChanged(slot, "second");
            }
        }
    }

    @Override
    public RepairMove rebase(ScoreDirector<MatchingSolution> destinationScoreDirector) {
        List<Assignment> rebased = new ArrayList<>();
        for (Assignment a : assignments) {
            rebased.add(new Assignment(
                    destinationScoreDirector.lookUpWorkingObject(a.slot()),
                    destinationScoreDirector.lookUpWorkingObjectOrReturnNull(a.first()),
                    destinationScoreDirector.lookUpWorkingObjectOrReturnNull(a.second())));
        }
        return new RepairMove(rebased);
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return assignments.stream().map(Assignment::slot).toList();
    }

    @Override
    public Collection<?> getPlanningValues() {
        LinkedHashSet<Object> values = new LinkedHashSet<>();
        for (Assignment a : assignments) {
            values.add(a.first());
            values.add(a.second());
        }
        values.remove(null);
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RepairMove other && assignments.equals(other.assignments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assignments);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Assignment a : assignments) {
            text.append(a.slot())
                    .append(" -> (")
                    .append(a.first())
                    .append(", ")
                    .append(a.second())
                    .append(") ");
        }
        return text.toString().trim();
    }
}
