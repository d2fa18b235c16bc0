package no.fellesgrunn.planner.scheduling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import no.fellesgrunn.planner.cli.PlannerCommand;

/**
 * The {@code schedule} command: reads a {@code fellesgrunn.event/1} problem, solves it within the
 * time limit and returns the {@code fellesgrunn.event-plan/1} plan. A file that breaks the format
 * raises {@link no.fellesgrunn.planner.format.FormatViolation} before any solving.
 */
public class ScheduleCommand implements PlannerCommand {
    @Override
    public String solve(Path problemFile, Duration timeLimit) throws IOException {
        String json = Files.readString(problemFile, StandardCharsets.UTF_8);
        EventProblem problem = EventProblemJson.parse(json);
        SchedulingWeights weights = EventProblemJson.weights(json);
        EventPlan plan = new SchedulingEngine().solve(problem, weights, timeLimit, null);
        return EventPlanJson.write(plan);
    }
}
