package no.fellesgrunn.planner.scheduling;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import no.fellesgrunn.planner.cli.PlannerCommand;

/** The `schedule` command of the planner command line. Being built; until then it refuses to run. */
public class ScheduleCommand implements PlannerCommand {
    @Override
    public String solve(Path problemFile, Duration timeLimit) throws IOException {
        throw new IOException("the schedule engine is not built yet");
    }
}
