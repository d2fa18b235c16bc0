package no.fellesgrunn.web.solver;

import java.util.List;
import no.fellesgrunn.domain.plan.Seat;
import no.fellesgrunn.planner.scheduling.EventPlan;
import no.fellesgrunn.planner.scheduling.EventProblem;
import no.fellesgrunn.planner.scheduling.EventSchedule;
import no.fellesgrunn.planner.scheduling.SchedulingEngine;
import no.fellesgrunn.planner.scheduling.SchedulingWeights;
import no.fellesgrunn.planner.scheduling.TableRound;
import org.springframework.stereotype.Component;

/**
 * Scores a stored plan exactly as it is, for the seating page after an organiser moved people:
 * every seat of the plan becomes a pin, the engine builds that plan, everything the plan leaves
 * open is emptied again (the engine's first plan would fill it), and the engine explains it:
 * score, score per constraint, and what each table lacks.
 */
@Component
public class PlanEvaluator {
    private final SchedulingEngine engine;

    public PlanEvaluator(SchedulingEngine engine) {
        this.engine = engine;
    }

    public EventPlan evaluate(EventFacts facts, List<Seat> seats) {
        List<Seat> allPinned = seats.stream()
                .map(s -> new Seat(s.actorId(), s.roundId(), s.tableId(), s.challengeId(), true))
                .toList();
        EventProblem problem = EventProblemFactory.problem(facts, allPinned, null);
        EventSchedule schedule = engine.startingSolution(problem, SchedulingWeights.defaults());
        for (no.fellesgrunn.planner.scheduling.Seat seat : schedule.getSeats()) {
            if (!seat.isPinned()) {
                seat.setTable(null);
            }
        }
        for (TableRound tableRound : schedule.getTableRounds()) {
            if (!tableRound.isPinned()) {
                tableRound.setChallenge(null);
            }
        }
        return engine.explain(schedule);
    }
}
