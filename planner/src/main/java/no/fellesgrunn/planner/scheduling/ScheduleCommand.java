package no.fellesgrunn.planner.scheduling;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import no.fellesgrunn.planner.cli.Durations;
import no.fellesgrunn.planner.cli.PlannerCommand;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

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
        EventPlan plan = engine.solve(file.problem(), file.weights(), timeLimit, unimprovedLimit(), null);
        return new Outcome(
                EventPlanJson.write(
                        plan,
                        no.fellesgrunn.planner.cli.CliText.of(no.fellesgrunn.planner.cli.CliText.BOKMAL)::seating,
                        no.fellesgrunn.planner.cli.CliText.of(no.fellesgrunn.planner.cli.CliText.ENGLISH)::seating),
                brokenHardRules(plan));
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

    /** The system property naming how long a run may go without improving; the same name as the application's setting. */
    public static final String UNIMPROVED_LIMIT_PROPERTY = "fellesgrunn.solver.scheduling-unimproved-limit";

    /**
     * How long a run may go on without a better plan: the system property
     * {@value #UNIMPROVED_LIMIT_PROPERTY} ({@code 5s}, {@code 500ms}, {@code 2m} or ISO-8601 such as
     * {@code PT5S}), else {@link SchedulingEngine#DEFAULT_UNIMPROVED_LIMIT}.
     */
    static Duration unimprovedLimit() {
        String text = System.getProperty(UNIMPROVED_LIMIT_PROPERTY);
        return text == null || text.isBlank()
                ? SchedulingEngine.DEFAULT_UNIMPROVED_LIMIT
                : Durations.parse(text, UNIMPROVED_LIMIT_PROPERTY);
    }
}
