package no.fellesgrunn.planner.scheduling;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.SwapMove;

/**
 * Lets the solver swap only two seats of the same round (two people trade tables), and two
 * table-rounds of the same round (two tables trade challenges): a swap across rounds would move
 * people to tables in rounds where the other table's state is unrelated, and is never useful.
 */
public class SeatSwapFilter implements SelectionFilter<EventSchedule, SwapMove<EventSchedule>> {
    @Override
    public boolean accept(ScoreDirector<EventSchedule> scoreDirector, SwapMove<EventSchedule> move) {
        Object left = move.getLeftEntity();
        Object right = move.getRightEntity();
        if (left instanceof Seat a && right instanceof Seat b) {
            return a.getRound() == b.getRound();
        }
        if (left instanceof TableRound a && right instanceof TableRound b) {
            return a.getRound() == b.getRound();
        }
        return false;
    }
}
