package no.fellesgrunn.planner.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/** One sub-command of the planner command line: reads a problem file, returns the plan as JSON text. */
public interface PlannerCommand {

    /**
     * Reads and validates the problem, solves it within the time limit and returns the plan file's
     * content. Throws {@link no.fellesgrunn.planner.format.FormatViolation} for a file that breaks
     * the format; the caller then writes nothing.
     */
    String solve(Path problemFile, Duration timeLimit) throws IOException;
}
