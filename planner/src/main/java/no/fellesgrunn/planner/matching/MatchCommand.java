package no.fellesgrunn.planner.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import no.fellesgrunn.planner.cli.CliText;
import no.fellesgrunn.planner.cli.PlannerCommand;

/**
 * The {@code match} command of the planner command line: reads a {@code fellesgrunn.matching/1}
 * problem, solves it with the default weights within the time limit, and returns the plan.
 */
public class MatchCommand implements PlannerCommand {
    private final MatchingEngine engine = new MatchingEngine();

    @Override
    public Outcome solve(Path problemFile, Duration timeLimit) throws IOException {
        MatchingProblem problem = MatchingProblemReader.read(problemFile);
        MatchingSolution best = engine.bestSolution(problem, MatchingWeights.defaults(), timeLimit, null);
        CliText english = CliText.of(CliText.ENGLISH);
        CliText norwegian = CliText.of(CliText.BOKMAL);
        return new Outcome(
                MatchingPlanWriter.write(engine.explain(best), english::reason, norwegian::reason),
                engine.brokenHardRules(best));
    }
}
