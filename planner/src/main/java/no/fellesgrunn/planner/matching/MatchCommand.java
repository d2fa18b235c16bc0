package no.fellesgrunn.planner.matching;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import no.fellesgrunn.planner.cli.PlannerCommand;

/** The `match` command of the planner command line. Being built; until then it refuses to run. */
public class MatchCommand implements PlannerCommand {
    @Override
    public String solve(Path problemFile, Duration timeLimit) throws IOException {
        throw new IOException("the match engine is not built yet");
    }
}
