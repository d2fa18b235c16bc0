package no.fellesgrunn.planner.scheduling;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import no.fellesgrunn.planner.cli.PlannerCommand;

/**
 * The {@code schedule} command: reads a {@code fellesgrunn.event/1} problem, solves it within the
 * time limit and returns the {@code fellesgrunn.event-plan/1} plan with the hard rules it breaks.
 * A file that breaks the format raises {@link no.fellesgrunn.planner.format.FormatViolation}
 * before any solving.
 */
public class ScheduleCommand implements PlannerCommand {
    private final SchedulingEngine engine = new SchedulingEngine();

    @Override
    public Outcome solve(Path problemFile, Duration timeLimit) throws IOException {
        EventProblemJson.ProblemFile file = EventProblemJson.read(problemFile);
        EventPlan plan = engine.solve(file.problem(), file.weights(), timeLimit, null);
        return new Outcome(EventPlanJson.write(plan), brokenHardRules(plan));
    }

    /** The hard rules of the plan's score breakdown that have a penalty, with their match counts. */
    static Map<String, Long> brokenHardRules(EventPlan plan) {
        Map<String, Long> broken = new TreeMap<>();
        for (EventPlan.ConstraintScore rule : plan.scoreBreakdown()) {
            if (HardMediumSoftLongScore.parseScore(rule.score()).hardScore() < 0) {
                broken.merge(rule.constraint(), (long) rule.matches(), Long::sum);
            }
        }
        return broken;
    }
}
